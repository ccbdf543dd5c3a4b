// Sets a role's combined title, last day and sources.
UNWIND $rows AS row
MATCH (r:Role {id: row.id})
SET r.title = row.title, r.until = date(row.until), r.sources = row.sources
