// Deletes the given actors that no source mentions any more, with whatever still touches them.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
WHERE NOT EXISTS { (:Source)-[:MENTIONS]->(a) }
DETACH DELETE a
