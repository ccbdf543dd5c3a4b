// Creates or updates a source node. Dates travel as ISO strings and are stored as Neo4j temporal values.
// A write without an origin keeps the origin already recorded.
MERGE (s:Source {id: $sourceId})
SET s.title = $title,
    s.url = $url,
    s.published = date($published),
    s.contentHash = $contentHash,
    s.ingestedAt = datetime($ingestedAt),
    s.originKind = coalesce($originKind, s.originKind),
    s.origin = coalesce($origin, s.origin),
    s.publisher = $publisher,
    s.fingerprint = $fingerprint
