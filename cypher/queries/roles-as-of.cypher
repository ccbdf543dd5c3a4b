// Who held which position on a given day (unknown first or last days do not exclude a role).
// Parameter:   :param day => '2025-02-18'
MATCH (person:Actor)-[:HOLDS]->(role:Role)
OPTIONAL MATCH (role)-[:OF]->(body:Actor)
WITH person, role, body, date($day) AS day
WHERE (role.since IS NULL OR role.since <= day) AND (role.until IS NULL OR role.until >= day)
RETURN person.name AS person, role.title AS title, body.name AS of, role.since AS since, role.until AS until
ORDER BY person, title
