// The content hash of a source, or null when the store does not know it. The first statement of every write.
OPTIONAL MATCH (s:Source {id: $sourceId})
RETURN s.contentHash AS contentHash
