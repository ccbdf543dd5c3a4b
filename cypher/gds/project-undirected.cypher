// Projects the actor graph undirected (Louvain and Leiden need it), with strength as the weight.
//   :param graph => 'actorgraph-undirected'
MATCH (source:Actor)
OPTIONAL MATCH (source)-[r:LEADS|FACILITATES|ADVISES|SANCTIONS]->(target:Actor)
WITH gds.graph.project($graph, source, target, {
  relationshipType: type(r),
  relationshipProperties: r {.strength}
}, {
  undirectedRelationshipTypes: ['*']
}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
