// Removes what a source said about actors; returns the ids of the actors to recompute.
MATCH (:Source {id: $sourceId})-[m:MENTIONS]->(a:Actor)
WITH m, a.id AS actorId
DELETE m
RETURN DISTINCT actorId
