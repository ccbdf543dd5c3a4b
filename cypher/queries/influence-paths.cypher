// The strongest influence paths between two actors, without Graph Data Science: every loopless path of up to
// four steps along LEADS, FACILITATES, ADVISES and SANCTIONS, ranked by the product of the steps' strengths.
// (gds/paths-yen.cypher finds the same paths on large graphs.)
// Parameters:   :param from => 'Donald Trump'   :param to => 'Rosneft'
MATCH (a:Actor) WHERE toLower(a.name) = toLower($from)
MATCH (b:Actor) WHERE toLower(b.name) = toLower($to)
MATCH p = (a)-[:LEADS|FACILITATES|ADVISES|SANCTIONS*1..4]->(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p, reduce(strength = 1.0, r IN relationships(p) | strength * r.strength) AS strength
RETURN [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS types, strength, p
ORDER BY strength DESC
LIMIT 3
