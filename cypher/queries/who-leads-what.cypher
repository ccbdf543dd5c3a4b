// Who leads what: every LEADS relation and the roles behind it (a delegation, a ministry, a country).
MATCH (leader:Actor)-[r:LEADS]->(led:Actor)
OPTIONAL MATCH (leader)-[:HOLDS]->(role:Role)-[:OF]->(led)
RETURN leader.name AS leader, led.name AS led, labels(led) AS ledLabels, collect(DISTINCT role.title) AS titles,
       r.since AS since, r.until AS until, r.sources AS sources
ORDER BY led, leader
