// Louvain communities on the undirected projection, weighted by strength (single-threaded, so repeatable).
// The memberships go to the projection's 'community' property (read them with communities.cypher).
CALL gds.louvain.mutate($graph, {
  mutateProperty: 'community',
  relationshipWeightProperty: 'strength',
  concurrency: 1
})
YIELD communityCount, modularity
RETURN communityCount, modularity
