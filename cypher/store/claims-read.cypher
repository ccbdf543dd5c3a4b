// Every claim behind the given combined relations, to recompute them, with what its source's publisher and story
// are told by.
UNWIND $keys AS key
MATCH (s:Source)-[:CLAIMS]->(c:Claim {relationKey: key})
RETURN s.id AS sourceId, c.from AS from, c.type AS type, c.to AS to, c.weight AS weight, c.confidence AS confidence,
       c.since AS since, c.until AS until, c.evidence AS evidence, c.context AS context, s.url AS sourceUrl,
       s.published AS sourcePublished, s.publisher AS publisher, s.fingerprint AS fingerprint
