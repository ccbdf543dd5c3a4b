// Removes what a source claimed about relations; returns the keys of the combined relations to recompute.
MATCH (:Source {id: $sourceId})-[:CLAIMS]->(c:Claim)
WITH c, c.relationKey AS relationKey
DETACH DELETE c
RETURN DISTINCT relationKey
