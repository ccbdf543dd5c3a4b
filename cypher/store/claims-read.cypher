// Every claim behind the given combined relations, to recompute them.
UNWIND $keys AS key
MATCH (s:Source)-[:CLAIMS]->(c:Claim {relationKey: key})
RETURN s.id AS sourceId, c.from AS from, c.type AS type, c.to AS to, c.weight AS weight, c.confidence AS confidence,
       c.since AS since, c.until AS until, c.evidence AS evidence, c.context AS context
