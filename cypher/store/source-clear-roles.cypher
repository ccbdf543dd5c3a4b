// Removes the roles a source stated; returns the ids of the roles to recompute.
MATCH (:Source {id: $sourceId})-[st:STATES]->(r:Role)
WITH st, r.id AS roleId
DELETE st
RETURN DISTINCT roleId
