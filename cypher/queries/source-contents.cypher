// Everything one source asserted: the actors it names, the roles it states and the relations it claims.
// Parameter:   :param source => 'samples/riyadh-talks-2025-02-18.yaml'
MATCH (s:Source {id: $source})
CALL (s) {
  MATCH (s)-[m:MENTIONS]->(a:Actor)
  RETURN collect(m.name) AS actors
}
CALL (s) {
  MATCH (s)-[st:STATES]->(r:Role)
  RETURN collect(st.title) AS roles
}
CALL (s) {
  MATCH (s)-[:CLAIMS]->(c:Claim)
  RETURN collect(c.from + ' ' + c.type + ' ' + c.to) AS relations
}
RETURN s.id AS source, s.title AS title, s.ingestedAt AS ingestedAt, actors, roles, relations
