// Deletes a source node once its claims, mentions and role statements are gone.
MATCH (s:Source {id: $sourceId})
DETACH DELETE s
