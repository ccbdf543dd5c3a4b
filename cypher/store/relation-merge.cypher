// Creates or updates combined relations of one type from every source's claims: the largest weight, confidences
// combined as independent evidence (1 - product of (1 - c)), strength = weight x confidence, cost = -ln(strength)
// for shortest-path algorithms, the earliest and latest days, the sources and their evidence sentences, and how many
// sources, publishers and independent stories corroborate it (docs/trust.md).
// __RELATION_TYPE__ is replaced by each allowlisted type when the store loads this file.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:__RELATION_TYPE__]->(b)
SET r.weight = row.weight,
    r.confidence = row.confidence,
    r.strength = row.strength,
    r.cost = row.cost,
    r.since = date(row.since),
    r.until = date(row.until),
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.corroborationSources = row.corroborationSources,
    r.corroborationPublishers = row.corroborationPublishers,
    r.corroborationStories = row.corroborationStories
