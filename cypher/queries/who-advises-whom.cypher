// Who advises whom: every ADVISES relation, strongest first, with the sentence that states it.
MATCH (adviser:Actor)-[r:ADVISES]->(principal:Actor)
RETURN adviser.name AS adviser, principal.name AS principal, r.strength AS strength, r.since AS since,
       r.evidence AS evidence, r.sources AS sources
ORDER BY strength DESC, adviser, principal
