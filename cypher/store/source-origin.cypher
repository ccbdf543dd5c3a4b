// Records where an unchanged source was read from this time (a moved file, or one first seen since origins were
// recorded); its assertions and ingestedAt stay as they are.
MATCH (s:Source {id: $sourceId})
SET s.originKind = $originKind,
    s.origin = $origin
