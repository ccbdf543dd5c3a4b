// Projects the actor graph undirected (Louvain and Leiden need it), with strength as the weight.
// Same filters as project.cypher.
MATCH (source:Actor)
OPTIONAL MATCH (source)-[r:LEADS|FACILITATES|ADVISES|SANCTIONS]->(target:Actor)
WHERE type(r) IN $types AND r.confidence >= $minConfidence
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until >= date($asOf))))
WITH gds.graph.project($graph, source, target, {
  relationshipType: type(r),
  relationshipProperties: r {.strength}
}, {
  undirectedRelationshipTypes: ['*']
}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
