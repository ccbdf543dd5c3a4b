// Every claim of the requested relation types ($types: a list of type names).
MATCH (s:Source)-[:CLAIMS]->(c:Claim)
WHERE c.type IN $types
RETURN s.id AS sourceId, c.from AS from, c.type AS type, c.to AS to, c.weight AS weight, c.confidence AS confidence,
       c.since AS since, c.until AS until, c.evidence AS evidence, c.context AS context
