// Projects the actor graph into Graph Data Science memory, directed as influence flows, with each relation's
// strength and cost (-ln strength). Only relations that pass the filters are projected; every actor is.
// Parameters: $graph (the projection's name), $types (relation types), $minConfidence, $asOf (a day or null).
//   :param graph => 'actorgraph'
//   :param types => ['LEADS', 'FACILITATES', 'ADVISES', 'SANCTIONS']
//   :param minConfidence => 0.0
//   :param asOf => null
MATCH (source:Actor)
OPTIONAL MATCH (source)-[r:LEADS|FACILITATES|ADVISES|SANCTIONS]->(target:Actor)
WHERE type(r) IN $types AND r.confidence >= $minConfidence
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until >= date($asOf))))
WITH gds.graph.project($graph, source, target, {
  relationshipType: type(r),
  relationshipProperties: r {.strength, .cost}
}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
