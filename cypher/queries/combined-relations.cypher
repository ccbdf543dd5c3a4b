// Every relation between actors with its combined numbers: the graph the C# query library computes on.
// strength = weight x confidence; cost = -ln(strength), the distance shortest-path algorithms minimise.
// The corroboration: how many sources, publishers and independent stories state it (docs/trust.md).
MATCH (a:Actor)-[r:LEADS|FACILITATES|ADVISES|SANCTIONS]->(b:Actor)
RETURN a.id AS from, type(r) AS type, b.id AS to, r.weight AS weight, r.confidence AS confidence,
       r.strength AS strength, r.cost AS cost, r.since AS since, r.until AS until, r.sources AS sources,
       labels(a) AS fromLabels, labels(b) AS toLabels, r.corroborationSources AS corroborationSources,
       r.corroborationPublishers AS corroborationPublishers, r.corroborationStories AS corroborationStories
ORDER BY from, type, to
