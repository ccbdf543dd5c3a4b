// Leiden communities on the undirected projection, weighted by strength, reproducible with a seed.
CALL gds.leiden.stream($graph, {
  relationshipWeightProperty: 'strength',
  gamma: $resolution,
  randomSeed: $seed,
  includeIntermediateCommunities: false
})
YIELD nodeId, communityId
WITH gds.util.asNode(nodeId) AS actor, communityId
RETURN actor.id AS id, actor.name AS name, communityId
ORDER BY communityId, id
