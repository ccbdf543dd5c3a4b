// The community of every actor, as leiden.cypher or louvain.cypher left it in the projection.
CALL gds.graph.nodeProperty.stream($graph, 'community')
YIELD nodeId, propertyValue
WITH gds.util.asNode(nodeId) AS actor, propertyValue AS community
RETURN actor.id AS id, actor.name AS name, actor.kind AS kind, community
ORDER BY community, id
