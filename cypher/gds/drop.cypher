// Releases a projection's memory; does nothing when it does not exist.
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
