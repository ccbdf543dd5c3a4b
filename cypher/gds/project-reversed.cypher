// Projects the actor graph with every relation reversed, for influence rank: PageRank then credits the actors
// that lead, advise, facilitate or sanction, as ActorGraph's own rank does. Same filters as project.cypher.
MATCH (actor:Actor)
OPTIONAL MATCH (actor)<-[r:LEADS|FACILITATES|ADVISES|SANCTIONS]-(influencer:Actor)
WHERE type(r) IN $types AND r.confidence >= $minConfidence
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until >= date($asOf))))
WITH gds.graph.project($graph, actor, influencer, {
  relationshipType: type(r),
  relationshipProperties: r {.strength}
}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
