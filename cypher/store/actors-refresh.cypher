// Sets an actor's combined name, aliases, sources and kind, and its kind label (:Person, :Organization, ...).
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.sources = row.sources
REMOVE a:Person:Organization:Country:Group
FOREACH (_ IN CASE row.kind WHEN 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE row.kind WHEN 'organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE row.kind WHEN 'country' THEN [1] ELSE [] END | SET a:Country)
FOREACH (_ IN CASE row.kind WHEN 'group' THEN [1] ELSE [] END | SET a:Group)
