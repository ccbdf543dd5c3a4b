// Influence rank: weighted PageRank on the reversed projection (project-reversed.cypher), strongest first.
CALL gds.pageRank.stream($graph, {
  relationshipWeightProperty: 'strength',
  dampingFactor: 0.85,
  maxIterations: 100,
  tolerance: 0.0000001
})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS actor, score
RETURN actor.id AS id, actor.name AS name, actor.kind AS kind, score
ORDER BY score DESC, id
LIMIT $top
