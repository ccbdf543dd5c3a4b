// ActorGraph's Neo4j schema. Idempotent: every statement uses IF NOT EXISTS, so it is safe to run on every start
// (`actorgraph schema apply` and the Neo4j store's initialization run exactly this file).
// Each statement runs in its own auto-commit request: Neo4j does not mix schema and data changes in a transaction.

// Identity: one node per source, actor and role; the constraints also back the lookups by id.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (r:Role) REQUIRE r.id IS UNIQUE;

// Which source was read from a file or feed item: MATCH (s:Source {origin: $path}).
CREATE INDEX source_origin IF NOT EXISTS FOR (s:Source) ON (s.origin);

// Name lookups from Browser: exact and prefix matches on names and titles.
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX role_title IF NOT EXISTS FOR (r:Role) ON (r.title);

// Full-text search over names and aliases: CALL db.index.fulltext.queryNodes('actor_names', 'lavrov~').
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];

// Provenance: the claims behind one combined relation are found by its key.
CREATE INDEX claim_relation IF NOT EXISTS FOR (c:Claim) ON (c.relationKey);
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);

// The worker's run ledger, listed newest first by `actorgraph runs`.
CREATE INDEX run_started IF NOT EXISTS FOR (r:Run) ON (r.started);
