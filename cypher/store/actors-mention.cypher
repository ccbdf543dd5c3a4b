// Records how a source names actors (one MENTIONS per source and actor) and makes sure each actor node exists.
// The actor's own name, kind label and aliases are set afterwards from every source's mentions (actors-refresh).
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases
CREATE (s)-[:MENTIONS {name: row.name, kind: row.kind, aliases: row.aliases}]->(a)
