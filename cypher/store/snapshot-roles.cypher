// Every source's statement of every role.
MATCH (s:Source)-[st:STATES]->(r:Role)
RETURN s.id AS sourceId, r.person AS person, st.title AS title, r.of AS of, r.since AS since, st.until AS until
