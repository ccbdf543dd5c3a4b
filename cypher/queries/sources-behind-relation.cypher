// The sources behind a relation: which source said so, with what weight and confidence, in which sentence.
// Parameters:   :param from => 'Marco Rubio'   :param type => 'LEADS'   :param to => 'US delegation'
MATCH (a:Actor) WHERE toLower(a.name) = toLower($from)
MATCH (b:Actor) WHERE toLower(b.name) = toLower($to)
MATCH (s:Source)-[:CLAIMS]->(c:Claim {from: a.id, type: toUpper($type), to: b.id})
RETURN s.id AS source, s.title AS title, s.url AS url, s.published AS published,
       c.weight AS weight, c.confidence AS confidence, c.evidence AS evidence, c.context AS context
ORDER BY source
