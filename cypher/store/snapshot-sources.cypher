// Every source, ordered by id.
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.url AS url, s.published AS published, s.contentHash AS contentHash,
       s.ingestedAt AS ingestedAt
ORDER BY id
