// Records the roles a source states: (person)-[:HOLDS]->(role)-[:OF]->(body), and (source)-[:STATES]->(role).
// A role is identified by holder, folded title, body and first day, so sources that agree share one node.
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
MERGE (r:Role {id: row.id})
  ON CREATE SET r.person = row.person, r.of = row.of, r.title = row.title, r.since = date(row.since), r.until = date(row.until)
CREATE (s)-[:STATES {title: row.title, until: date(row.until)}]->(r)
WITH r, row
MATCH (p:Actor {id: row.person})
MERGE (p)-[:HOLDS]->(r)
WITH r, row
MATCH (body:Actor {id: row.of})
MERGE (r)-[:OF]->(body)
