// Opens an ActorGraph report in headless Chromium (Debian's, never a downloaded one) and reports what a user sees:
// node check.mjs REPORT.html SCREENSHOT.png --click NAME [--path FROM TO] [--xss NAME]
// Prints one JSON object. Exit code 2 when the browser cannot start.
import { chromium } from 'playwright-core';
import path from 'node:path';

const args = process.argv.slice(2);
const [report, screenshot] = args;
const option = (name, count = 1) => {
  const i = args.indexOf(name);
  return i < 0 ? null : args.slice(i + 1, i + 1 + count);
};

const executablePath = process.env.ACTORGRAPH_CHROMIUM || '/usr/bin/chromium';
let browser;
try {
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
} catch (error) {
  console.log(JSON.stringify({ error: `cannot start ${executablePath}: ${error.message.split('\n')[0]}` }));
  process.exit(2);
}

const out = { dialogs: [], requests: [], errors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  page.on('dialog', async (dialog) => { out.dialogs.push(dialog.message()); await dialog.dismiss(); });
  page.on('request', (request) => { if (!/^(file|data|about):/.test(request.url())) out.requests.push(request.url()); });
  page.on('pageerror', (error) => out.errors.push(String(error)));

  const started = Date.now();
  await page.goto('file://' + path.resolve(report));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  out.readyMs = Date.now() - started;
  out.timings = await page.evaluate(() => window.actorGraph.timings);

  out.nodes = await page.evaluate(() => window.actorGraph.cy.nodes().length);
  out.edges = await page.evaluate(() => window.actorGraph.cy.edges().length);
  // The canvas really drew: count painted pixels on cytoscape's layers.
  out.paintedPixels = await page.evaluate(() => {
    let painted = 0;
    for (const canvas of document.querySelectorAll('#graph canvas')) {
      const context = canvas.getContext('2d');
      if (!context || !canvas.width || !canvas.height) continue;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 16) if (pixels[i] > 0) painted++;
    }
    return painted;
  });

  const click = option('--click');
  if (click) {
    // A real mouse click where the actor is drawn.
    const point = await page.evaluate((name) => {
      const g = window.actorGraph;
      const index = g.find(name);
      const node = g.cy.getElementById('n' + index);
      g.cy.zoom(1.5);
      g.cy.center(node);
      const box = document.getElementById('graph').getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, click[0]);
    await page.waitForTimeout(200);
    const clickStarted = Date.now();
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('#details h2') !== null, null, { timeout: 10000 });
    out.clickMs = Date.now() - clickStarted;
    out.detailsTitle = await page.textContent('#details h2');
    out.details = await page.textContent('#details');
    out.quotes = await page.$$eval('#details blockquote', (quotes) => quotes.map((q) => q.textContent));
  }

  const route = option('--path', 2);
  if (route) {
    await page.fill('#path-from', route[0]);
    await page.fill('#path-to', route[1]);
    await page.click('#path-find');
    out.pathText = await page.textContent('#path-result');
    out.pathEdges = await page.evaluate(() => window.actorGraph.cy.edges('.path').length);
    out.fadedEdges = await page.evaluate(() => window.actorGraph.cy.edges('.faded').length);
  }

  const xss = option('--xss');
  if (xss) {
    await page.evaluate((name) => window.actorGraph.select(window.actorGraph.find(name)), xss[0]);
    await page.waitForTimeout(300);
    out.xssTitle = await page.textContent('#details h2');
    out.images = await page.evaluate(() => document.querySelectorAll('img').length);
    out.xssInTable = await page.evaluate((name) => [...document.querySelectorAll('#tables a')].some((a) => a.textContent === name), xss[0]);
  }

  await page.evaluate(() => { window.actorGraph.clearPath(); window.actorGraph.cy.fit(); });
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshot, fullPage: true });
} catch (error) {
  out.failure = String(error);
} finally {
  await browser.close();
}

console.log(JSON.stringify(out));
