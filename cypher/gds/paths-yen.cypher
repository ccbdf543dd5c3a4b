// The k strongest loopless influence paths on the directed projection (project.cypher): Yen's algorithm on
// cost = -ln(strength), so the cheapest path is the strongest. Parameters: $graph, $from and $to (ids), $k.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
CALL gds.shortestPath.yens.stream($graph, {
  sourceNode: a,
  targetNode: b,
  k: $k,
  relationshipWeightProperty: 'cost'
})
YIELD index, totalCost, nodeIds
RETURN index, exp(-totalCost) AS strength, [nodeId IN nodeIds | gds.util.asNode(nodeId).id] AS actorIds
ORDER BY index
