// The relation behind each step of a path found in the projection: the strongest one between the two actors
// among the requested types, with what every source says of it. Parameters: $steps (a list of {from, to}), $types.
UNWIND range(0, size($steps) - 1) AS index
WITH index, $steps[index] AS step
MATCH (a:Actor {id: step.from})-[r:LEADS|FACILITATES|ADVISES|SANCTIONS]->(b:Actor {id: step.to})
WHERE type(r) IN $types
WITH index, a, b, r
ORDER BY index, r.strength DESC
WITH index, collect({from: a, to: b, relation: r})[0] AS best
WITH index, best.from AS a, best.to AS b, best.relation AS r
OPTIONAL MATCH (s:Source)-[:CLAIMS]->(c:Claim {relationKey: a.id + '|' + type(r) + '|' + b.id})
WITH index, a, b, r, c, s
ORDER BY s.id
RETURN index, a.id AS from, a.name AS fromName, a.kind AS fromKind, type(r) AS type, b.id AS to, b.name AS toName, b.kind AS toKind,
       r.weight AS weight, r.confidence AS confidence, r.strength AS strength,
       collect({source: s.id, evidence: c.evidence, context: c.context}) AS claims
ORDER BY index
