// Projects the actor graph into Graph Data Science memory, directed, with each relation's strength and cost.
// Every other statement in gds/ runs on this projection. Parameter $graph: the projection's name.
//   :param graph => 'actorgraph'
MATCH (source:Actor)
OPTIONAL MATCH (source)-[r:LEADS|FACILITATES|ADVISES|SANCTIONS]->(target:Actor)
WITH gds.graph.project($graph, source, target, {
  relationshipType: type(r),
  relationshipProperties: r {.strength, .cost}
}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
