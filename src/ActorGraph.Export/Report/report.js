// ActorGraph report: draws the graph carried in #actorgraph-data and answers clicks, filters and path questions.
// Every name, title and quote is put on the page with textContent, never as markup.
(function () {
  'use strict';

  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById('actorgraph-data').textContent);
  timings.parsed = performance.now();
  var palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#86bcb6', '#d37295', '#8cd17d'];
  var types = {
    LEADS: { color: '#1f4e79', line: 'solid', text: 'leads' },
    FACILITATES: { color: '#2e8b57', line: 'dashed', text: 'facilitates' },
    ADVISES: { color: '#8e44ad', line: 'dotted', text: 'advises' },
    SANCTIONS: { color: '#c0392b', line: 'solid', text: 'sanctions' }
  };
  var big = data.relations.length > 3000 || data.actors.length > 1500;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  var maxInfluence = 1e-12;
  data.actors.forEach(function (a) { if (a.influence > maxInfluence) maxInfluence = a.influence; });
  var outgoing = data.actors.map(function () { return []; });
  var incoming = data.actors.map(function () { return []; });
  data.relations.forEach(function (r, i) { outgoing[r.s].push(i); incoming[r.t].push(i); });

  // In a large graph only the most influential actors carry a label up front (measuring thousands of labels is what
  // makes a large drawing slow); every other name shows when its actor is selected or hovered.
  var labelled = new Set();
  if (big) {
    data.actors.map(function (_, i) { return i; })
      .sort(function (a, b) { return data.actors[b].influence - data.actors[a].influence; })
      .slice(0, 300)
      .forEach(function (i) { labelled.add(i); });
  }

  var elements = [];
  data.actors.forEach(function (a, i) {
    elements.push({
      group: 'nodes',
      data: { id: 'n' + i, index: i, name: a.name, label: !big || labelled.has(i) ? a.name : '', color: palette[a.cluster % palette.length], size: 12 + 38 * Math.sqrt(a.influence / maxInfluence), font: 10 + 10 * Math.sqrt(a.influence / maxInfluence) },
      position: { x: a.x, y: a.y }
    });
  });
  data.relations.forEach(function (r, i) {
    elements.push({
      group: 'edges',
      data: { id: 'e' + i, index: i, source: 'n' + r.s, target: 'n' + r.t, type: r.type, cost: -Math.log(Math.max(r.strength, 1e-9)), width: 1 + 3 * r.strength }
    });
  });

  var style = [
    { selector: 'node', style: { 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 'data(font)', 'min-zoomed-font-size': big ? 9 : 5, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2733', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
    { selector: 'edge', style: { width: 'data(width)', 'curve-style': big ? 'haystack' : 'bezier', 'target-arrow-shape': big ? 'none' : 'triangle', 'arrow-scale': 0.8, opacity: 0.75 } }
  ];
  Object.keys(types).forEach(function (t) {
    style.push({ selector: 'edge[type = "' + t + '"]', style: { 'line-color': types[t].color, 'target-arrow-color': types[t].color, 'line-style': big ? 'solid' : types[t].line } });
  });
  style.push({ selector: 'node:selected, node.hover, node.path', style: { label: 'data(name)', 'z-index': 20 } });
  style.push({ selector: '.faded', style: { opacity: 0.1 } });
  style.push({ selector: 'node.path', style: { 'border-width': 4, 'border-color': '#111', opacity: 1 } });
  style.push({ selector: 'edge.path', style: { width: 6, opacity: 1, 'z-index': 10 } });
  style.push({ selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f' } });
  style.push({ selector: '.hidden', style: { display: 'none' } });

  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    layout: { name: 'preset', fit: true, padding: 30 },
    style: style,
    minZoom: 0.01,
    maxZoom: 5,
    wheelSensitivity: 0.3,
    hideEdgesOnViewport: big,
    textureOnViewport: big,
    pixelRatio: big ? 1 : 'auto',
    boxSelectionEnabled: false
  });

  timings.drawn = performance.now();

  // ------------------------------------------------------------------ details of one actor

  var details = document.getElementById('details');

  function actorLink(i) {
    var link = el('a', data.actors[i].name);
    link.href = '#';
    link.addEventListener('click', function (event) { event.preventDefault(); select(i); });
    return link;
  }

  // How independently the relation is attested: copies of one story count once.
  function corroboration(r) {
    var c = r.corroboration;
    if (!c) return '';
    return ', ' + c.stories + (c.stories === 1 ? ' story' : ' stories') + ' from ' + c.publishers +
      (c.publishers === 1 ? ' publisher' : ' publishers') + ' (' + c.sources + (c.sources === 1 ? ' source)' : ' sources)');
  }

  function dates(item) {
    if (!item.since && !item.until) return '';
    return ' (' + (item.since || '…') + ' to ' + (item.until || 'now') + ')';
  }

  function relationItem(index, outward) {
    var r = data.relations[index];
    var li = el('li');
    var badge = el('span', types[r.type] ? types[r.type].text : r.type, 'type');
    badge.style.background = types[r.type] ? types[r.type].color : '#777';
    li.append(badge);
    if (outward) {
      li.append(el('span', '→ '), actorLink(r.t));
    } else {
      li.append(actorLink(r.s), el('span', ' →'));
    }

    li.append(el('span', ' strength ' + r.strength.toFixed(2) + ', confidence ' + r.confidence.toFixed(2) + corroboration(r) + dates(r), 'meta'));
    r.evidence.forEach(function (e) {
      if (e.quote) li.append(el('blockquote', e.quote));
      var source = el('div', '', 'source');
      if (e.url && /^https?:\/\//.test(e.url)) {
        var link = el('a', e.source);
        link.href = e.url;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        source.append(el('span', 'Source: '), link);
      } else {
        source.textContent = 'Source: ' + e.source;
      }

      li.append(source);
    });
    return li;
  }

  function showActor(i) {
    var a = data.actors[i];
    details.replaceChildren();
    details.append(el('h2', a.name));
    details.append(el('p', a.kind + ' · cluster ' + (a.cluster + 1) + ' · influence ' + a.influence.toFixed(4), 'meta'));
    if (a.aliases.length) details.append(el('p', 'Also called: ' + a.aliases.join(', ')));
    if (a.roles.length) {
      details.append(el('h3', 'Roles'));
      var roles = el('ul');
      a.roles.forEach(function (role) {
        var li = el('li', role.title);
        if (role.of !== undefined) li.append(el('span', ' of '), actorLink(role.of));
        if (role.since || role.until) li.append(el('span', dates(role), 'meta'));
        roles.append(li);
      });
      details.append(roles);
    }

    [[outgoing[i], true, 'Relations from ' + a.name], [incoming[i], false, 'Relations to ' + a.name]].forEach(function (part) {
      if (!part[0].length) return;
      details.append(el('h3', part[2]));
      var list = el('ul');
      part[0].forEach(function (index) { list.append(relationItem(index, part[1])); });
      details.append(list);
    });
  }

  function select(i) {
    cy.$(':selected').unselect();
    var node = cy.getElementById('n' + i);
    node.select();
    cy.animate({ center: { eles: node } }, { duration: 200 });
    showActor(i);
  }

  cy.on('tap', 'node', function (event) { showActor(event.target.data('index')); });
  cy.on('mouseover', 'node', function (event) { event.target.addClass('hover'); });
  cy.on('mouseout', 'node', function (event) { event.target.removeClass('hover'); });

  // ------------------------------------------------------------------ filters

  var typeBoxes = {};
  var typeSet = document.getElementById('types');
  Object.keys(types).forEach(function (t) {
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = t;
    box.addEventListener('change', applyFilters);
    typeBoxes[t] = box;
    label.append(box, el('span', ' ' + types[t].text));
    label.style.color = types[t].color;
    typeSet.append(label);
  });

  var asOf = document.getElementById('as-of');
  var minConfidence = document.getElementById('min-confidence');
  var minConfidenceValue = document.getElementById('min-confidence-value');
  asOf.addEventListener('change', applyFilters);
  minConfidence.addEventListener('input', applyFilters);

  function applyFilters() {
    var day = asOf.value;
    var min = Number(minConfidence.value);
    minConfidenceValue.textContent = min.toFixed(2);
    var shown = 0;
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        var r = data.relations[edge.data('index')];
        var visible = typeBoxes[r.type] ? typeBoxes[r.type].checked : true;
        visible = visible && r.confidence >= min;
        visible = visible && (!day || ((!r.since || r.since <= day) && (!r.until || r.until >= day)));
        edge.toggleClass('hidden', !visible);
        if (visible) shown++;
      });
    });
    return shown;
  }

  // ------------------------------------------------------------------ strongest paths

  var names = new Map();
  var nameList = document.getElementById('actor-names');
  data.actors.forEach(function (a, i) {
    names.set(a.name.toLowerCase(), i);
    if (data.actors.length <= 5000) {
      var option = el('option');
      option.value = a.name;
      nameList.append(option);
    }
  });
  data.actors.forEach(function (a, i) {
    a.aliases.forEach(function (alias) { if (!names.has(alias.toLowerCase())) names.set(alias.toLowerCase(), i); });
  });

  function find(text) { return names.get(String(text).trim().toLowerCase()); }

  var result = document.getElementById('path-result');

  function clearPath() {
    cy.elements().removeClass('faded path');
    result.textContent = '';
  }

  function shortest(eles, from, to) {
    var search = eles.dijkstra({ root: cy.getElementById('n' + from), weight: function (edge) { return edge.data('cost'); }, directed: true });
    var target = cy.getElementById('n' + to);
    var cost = search.distanceTo(target);
    if (!isFinite(cost)) return null;
    return { eles: search.pathTo(target), cost: cost };
  }

  // The strongest path, then the strongest of those that leave out one of its relations (up to three in all).
  function highlightPath(fromText, toText) {
    clearPath();
    var from = find(fromText);
    var to = find(toText);
    if (from === undefined || to === undefined) {
      result.textContent = 'No actor called "' + (from === undefined ? fromText : toText) + '".';
      return 0;
    }

    var visible = cy.elements().not('.hidden');
    var best = shortest(visible, from, to);
    if (!best) {
      result.textContent = 'No chain of visible relations leads from ' + data.actors[from].name + ' to ' + data.actors[to].name + '.';
      return 0;
    }

    var paths = [best];
    var seen = new Set([best.eles.edges().map(function (e) { return e.id(); }).join()]);
    var alternatives = [];
    best.eles.edges().forEach(function (edge) {
      var other = shortest(visible.not(edge), from, to);
      if (!other) return;
      var key = other.eles.edges().map(function (e) { return e.id(); }).join();
      if (!seen.has(key)) { seen.add(key); alternatives.push(other); }
    });
    alternatives.sort(function (a, b) { return a.cost - b.cost; });
    paths = paths.concat(alternatives.slice(0, 2));

    cy.elements().addClass('faded');
    paths.forEach(function (p) { p.eles.removeClass('faded').addClass('path'); });
    result.replaceChildren();
    paths.forEach(function (p, n) {
      var chain = p.eles.nodes().map(function (node) { return data.actors[node.data('index')].name; }).join(' → ');
      result.append(el('span', (n ? ' · ' : 'Strongest: ') + chain + ' (' + Math.exp(-p.cost).toFixed(3) + ')'));
    });
    return paths.length;
  }

  document.getElementById('path-form').addEventListener('submit', function (event) {
    event.preventDefault();
    highlightPath(document.getElementById('path-from').value, document.getElementById('path-to').value);
  });
  document.getElementById('path-clear').addEventListener('click', clearPath);

  // ------------------------------------------------------------------ legend, summary, tables

  var legend = document.getElementById('legend');
  Object.keys(types).forEach(function (t) {
    var item = el('span');
    var swatch = el('span', null, 'swatch');
    swatch.style.borderTopColor = types[t].color;
    swatch.style.borderTopStyle = types[t].line;
    item.append(swatch, el('span', types[t].text));
    legend.append(item);
  });

  document.getElementById('summary').textContent = data.actors.length + ' actors · ' + data.relations.length + ' relations · ' +
    data.clusters.length + ' clusters (' + data.algorithm + ', modularity ' + data.modularity.toFixed(3) + ')';

  function table(id, headers, rows) {
    var t = document.getElementById(id);
    var head = el('tr');
    headers.forEach(function (h) { head.append(el('th', h)); });
    t.append(head);
    rows.forEach(function (cells) {
      var tr = el('tr');
      cells.forEach(function (cell) {
        var td = el('td');
        if (cell instanceof Node) td.append(cell); else { td.textContent = String(cell); if (typeof cell === 'number') td.className = 'num'; }
        tr.append(td);
      });
      t.append(tr);
    });
  }

  var ranked = data.actors.map(function (_, i) { return i; }).sort(function (a, b) { return data.actors[b].influence - data.actors[a].influence; });
  table('top', ['#', 'Actor', 'Kind', 'Influence'], ranked.slice(0, 15).map(function (i, n) {
    return [n + 1, actorLink(i), data.actors[i].kind, data.actors[i].influence.toFixed(4)];
  }));
  table('clusters', ['#', 'Size', 'Members (most influential first)'], data.clusters.slice(0, 25).map(function (c, n) {
    var members = el('span');
    c.members.slice(0, 8).forEach(function (i, k) { if (k) members.append(el('span', ', ')); members.append(actorLink(i)); });
    if (c.members.length > 8) members.append(el('span', ' and ' + (c.members.length - 8) + ' more'));
    return [n + 1, c.members.length, members];
  }));
  table('brokers', ['Actor', 'Participation', 'Clusters'], data.brokers.slice(0, 15).map(function (b) {
    return [actorLink(b.actor), b.participation.toFixed(3), b.clusters];
  }));

  timings.tables = performance.now();
  window.actorGraph = { timings: timings, cy: cy, data: data, showActor: showActor, select: select, highlightPath: highlightPath, clearPath: clearPath, applyFilters: applyFilters, find: find };
  cy.ready(function () { document.body.setAttribute('data-ready', 'true'); });
})();
