// Louvain communities on the undirected projection, weighted by strength.
CALL gds.louvain.stream($graph, {
  relationshipWeightProperty: 'strength',
  includeIntermediateCommunities: false
})
YIELD nodeId, communityId
WITH gds.util.asNode(nodeId) AS actor, communityId
RETURN actor.id AS id, actor.name AS name, communityId
ORDER BY communityId, id
