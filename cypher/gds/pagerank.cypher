// Influence rank: weighted PageRank over the reversed relations (an actor is influential when it leads, advises
// or sanctions influential actors), as ActorGraph's own rank computes it.
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
