namespace ActorGraph.Storage.Embedded;

/// <summary>
/// The embedded store's schema. Assertions are kept per source; the combined graph is assembled on read, so a
/// changed source replaces exactly its own rows. The version lives in <c>PRAGMA user_version</c>.
/// </summary>
internal static class Schema
{
    public const int Version = 5;

    public const string CreateV1 = """
        CREATE TABLE sources (
            id            TEXT PRIMARY KEY,
            title         TEXT,
            url           TEXT,
            published     TEXT,
            content_hash  TEXT NOT NULL,
            ingested_at   TEXT NOT NULL
        ) STRICT;

        CREATE TABLE actor_assertions (
            source_id  TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            actor_id   TEXT NOT NULL,
            name       TEXT NOT NULL,
            kind       TEXT NOT NULL,
            aliases    TEXT NOT NULL,
            PRIMARY KEY (source_id, actor_id)
        ) STRICT;
        CREATE INDEX actor_assertions_actor ON actor_assertions(actor_id);

        CREATE TABLE role_assertions (
            source_id  TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            ordinal    INTEGER NOT NULL,
            person_id  TEXT NOT NULL,
            title      TEXT NOT NULL,
            title_key  TEXT NOT NULL,
            of_id      TEXT,
            since      TEXT,
            until      TEXT,
            PRIMARY KEY (source_id, ordinal)
        ) STRICT;
        CREATE INDEX role_assertions_person ON role_assertions(person_id);

        CREATE TABLE relation_assertions (
            source_id   TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            from_id     TEXT NOT NULL,
            kind        TEXT NOT NULL,
            to_id       TEXT NOT NULL,
            weight      REAL NOT NULL,
            confidence  REAL NOT NULL,
            since       TEXT,
            until       TEXT,
            context     TEXT,
            evidence    TEXT,
            PRIMARY KEY (source_id, from_id, kind, to_id)
        ) STRICT;
        CREATE INDEX relation_assertions_edge ON relation_assertions(from_id, kind, to_id);
        """;

    /// <summary>Version 2: the worker's run ledger.</summary>
    public const string UpgradeToV2 = """
        CREATE TABLE runs (
            id          INTEGER PRIMARY KEY,
            started     TEXT NOT NULL,
            ended       TEXT NOT NULL,
            exit_code   INTEGER NOT NULL,
            added       INTEGER NOT NULL,
            updated     INTEGER NOT NULL,
            unchanged   INTEGER NOT NULL,
            rejected    INTEGER NOT NULL,
            failed      INTEGER NOT NULL,
            retracted   INTEGER NOT NULL,
            errors      TEXT NOT NULL
        ) STRICT;
        CREATE INDEX runs_started ON runs(started);
        """;

    /// <summary>
    /// Version 3: where each source was last read from (a file's full path or a feed item's URL), so the worker
    /// retracts by origin. Existing sources keep everything and have no origin until they are next seen.
    /// </summary>
    public const string UpgradeToV3 = """
        ALTER TABLE sources ADD COLUMN origin TEXT;
        ALTER TABLE sources ADD COLUMN origin_kind TEXT;
        """;

    /// <summary>
    /// Version 4: who published each source and the MinHash signature of an article's text (grouping copies of one
    /// story), and per run the relations it added, changed or ended, with the relations after it (kept for the latest
    /// run only), so alerts and <c>changes --since-run</c> survive restarts. Additive: existing rows keep everything.
    /// </summary>
    public const string UpgradeToV4 = """
        ALTER TABLE sources ADD COLUMN publisher TEXT;
        ALTER TABLE sources ADD COLUMN fingerprint TEXT;
        ALTER TABLE runs ADD COLUMN changes TEXT;
        ALTER TABLE runs ADD COLUMN relation_state TEXT;
        """;

    /// <summary>
    /// Version 5: relation rows live in their primary key's B-tree (<c>WITHOUT ROWID</c>), and there is no index by
    /// (from, type, to). Every read takes all rows and every write or retraction goes by source, through the key, so a
    /// written relation now costs one B-tree instead of three; a source's rows stay together, in key order. Counting
    /// distinct relations sorts them instead of reading the index.
    /// </summary>
    public const string UpgradeToV5 = """
        DROP INDEX IF EXISTS relation_assertions_edge;
        CREATE TABLE relation_assertions_v5 (
            source_id   TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            from_id     TEXT NOT NULL,
            kind        TEXT NOT NULL,
            to_id       TEXT NOT NULL,
            weight      REAL NOT NULL,
            confidence  REAL NOT NULL,
            since       TEXT,
            until       TEXT,
            context     TEXT,
            evidence    TEXT,
            PRIMARY KEY (source_id, from_id, kind, to_id)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO relation_assertions_v5 (source_id, from_id, kind, to_id, weight, confidence, since, until, context, evidence)
            SELECT source_id, from_id, kind, to_id, weight, confidence, since, until, context, evidence FROM relation_assertions;
        DROP TABLE relation_assertions;
        ALTER TABLE relation_assertions_v5 RENAME TO relation_assertions;
        """;
}
