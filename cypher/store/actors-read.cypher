// Every source's mention of the given actors, to recompute their combined name, kind and aliases.
UNWIND $ids AS actorId
MATCH (s:Source)-[m:MENTIONS]->(:Actor {id: actorId})
RETURN actorId, s.id AS sourceId, m.name AS name, m.kind AS kind, m.aliases AS aliases
