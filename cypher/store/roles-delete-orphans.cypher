// Deletes the given roles that no source states any more.
UNWIND $ids AS roleId
MATCH (r:Role {id: roleId})
WHERE NOT EXISTS { (:Source)-[:STATES]->(r) }
DETACH DELETE r
