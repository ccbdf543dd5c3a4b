// Every source, ordered by id, with where it was last read from (null for sources not seen since origins were
// recorded), its publisher and the signature that groups copies of one story.
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.url AS url, s.published AS published, s.contentHash AS contentHash,
       s.ingestedAt AS ingestedAt, s.originKind AS originKind, s.origin AS origin, s.publisher AS publisher,
       s.fingerprint AS fingerprint
ORDER BY id
