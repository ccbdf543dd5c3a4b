// Every source's mention of every actor: the store combines them with the same rules as the embedded store.
MATCH (s:Source)-[m:MENTIONS]->(a:Actor)
RETURN s.id AS sourceId, a.id AS actorId, m.name AS name, m.kind AS kind, m.aliases AS aliases
