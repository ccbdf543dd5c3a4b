// Leiden communities on the undirected projection, weighted by strength, reproducible with a seed. The
// memberships go to the projection's 'community' property (read them with communities.cypher).
CALL gds.leiden.mutate($graph, {
  mutateProperty: 'community',
  relationshipWeightProperty: 'strength',
  gamma: $resolution,
  randomSeed: $seed,
  concurrency: 1
})
YIELD communityCount, modularity
RETURN communityCount, modularity
