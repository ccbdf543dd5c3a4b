// Brokers: betweenness centrality on the directed projection (unweighted).
CALL gds.betweenness.stream($graph)
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS actor, score
RETURN actor.id AS id, actor.name AS name, score
ORDER BY score DESC, id
LIMIT $top
