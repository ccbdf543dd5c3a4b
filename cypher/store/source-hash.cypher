// The content hash and recorded origin of a source, or nulls when the store does not know it. The first statement
// of every write.
OPTIONAL MATCH (s:Source {id: $sourceId})
RETURN s.contentHash AS contentHash, s.originKind AS originKind, s.origin AS origin
