// Every source's statement of the given roles, to recompute their combined title and last day.
UNWIND $ids AS roleId
MATCH (s:Source)-[st:STATES]->(r:Role {id: roleId})
RETURN roleId, s.id AS sourceId, r.person AS person, st.title AS title, r.of AS of, r.since AS since, st.until AS until
