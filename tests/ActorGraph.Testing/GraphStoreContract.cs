using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Testing;

/// <summary>
/// What every <see cref="IGraphStore"/> must do. Each store's test project derives from this class once;
/// a store that cannot run here (no server) reports every test as skipped with its reason.
/// </summary>
public abstract class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>Why the store cannot be tested here, or null.</summary>
    protected virtual string? SkipReason => null;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store was not created.");

    /// <summary>Creates an empty, initialized store.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        if (SkipReason is null)
        {
            _store = await CreateStoreAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task UpsertSource_NewSource_IsAddedAndReadBack()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var outcome = await Store.UpsertSourceAsync(Documents.Riyadh());
        var snapshot = await Store.ReadSnapshotAsync();

        Assert.Equal(UpsertOutcome.Added, outcome);
        Assert.Equal(6, snapshot.Actors.Count);
        Assert.Equal(4, snapshot.Relations.Count);
        var lavrov = snapshot.Resolve("lawrow");
        Assert.Equal("Sergey Lavrov", lavrov.Name);
        Assert.Equal(["Lavrov", "Lawrow"], lavrov.Aliases);
        var leads = Assert.Single(snapshot.Relations, r => r.Source == Documents.Rubio);
        Assert.Equal(RelationKind.Leads, leads.Kind);
        Assert.Equal(0.9, leads.Weight, 12);
        Assert.Equal(new DateOnly(2025, 2, 18), leads.Since);
        Assert.Equal("Rubio led the American delegation.", Assert.Single(leads.Provenance).Evidence);
        var role = Assert.Single(snapshot.Roles);
        Assert.Equal(("Secretary of State", Documents.UnitedStates, new DateOnly(2025, 1, 21)), (role.Title, role.Of!.Value, role.Since!.Value));
        var source = Assert.Single(snapshot.Sources);
        Assert.Equal(new Uri("https://example.org/riyadh"), source.Info.Url);
        Assert.Equal(new DateOnly(2025, 2, 18), source.Info.Published);
    }

    [SkippableFact]
    public async Task UpsertSource_SameSourceTwice_SecondChangesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await Store.UpsertSourceAsync(Documents.Riyadh());
        var before = await Store.ListSourcesAsync();

        var outcome = await Store.UpsertSourceAsync(Documents.Riyadh());

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        var after = await Store.ListSourcesAsync();
        Assert.Equal(before.Single().IngestedAt, after.Single().IngestedAt);
        Assert.Equal(new StoreStatistics(6, 1, 4, 1), await Store.GetStatisticsAsync());
    }

    [SkippableFact]
    public async Task UpsertSource_ChangedSource_ReplacesWhatItAsserted()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await Store.UpsertSourceAsync(Documents.Riyadh());
        var changed = Documents.Riyadh();
        changed = new SourceDocument(changed.Source, changed.Actors, [], [.. changed.Relations.Where(r => r.Kind != RelationKind.Facilitates)]);

        var outcome = await Store.UpsertSourceAsync(changed);

        Assert.Equal(UpsertOutcome.Updated, outcome);
        var snapshot = await Store.ReadSnapshotAsync();
        Assert.DoesNotContain(snapshot.Relations, r => r.Kind == RelationKind.Facilitates);
        Assert.Empty(snapshot.Roles);
        Assert.Equal(2, snapshot.Relations.Count);
    }

    [SkippableFact]
    public async Task UpsertSource_FactAssertedByTwoSources_StaysWhenOneDropsIt()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await Store.UpsertSourceAsync(Documents.Riyadh());
        await Store.UpsertSourceAsync(Documents.Corroboration());
        var both = (await Store.ReadSnapshotAsync()).Relations.Single(r => r.Source == Documents.Rubio);
        Assert.Equal(["corroboration", "riyadh"], both.Provenance.Select(p => p.SourceId));
        Assert.Equal(1 - ((1 - 1.0) * (1 - 0.5)), both.Confidence, 12);

        var riyadhWithoutRubio = Documents.Riyadh();
        riyadhWithoutRubio = new SourceDocument(riyadhWithoutRubio.Source, riyadhWithoutRubio.Actors, riyadhWithoutRubio.Roles,
            [.. riyadhWithoutRubio.Relations.Where(r => r.Source != Documents.Rubio)]);
        await Store.UpsertSourceAsync(riyadhWithoutRubio);

        var left = (await Store.ReadSnapshotAsync()).Relations.Single(r => r.Source == Documents.Rubio);
        Assert.Equal("corroboration", Assert.Single(left.Provenance).SourceId);
        Assert.Equal(0.5, left.Confidence, 12);
    }

    [SkippableFact]
    public async Task RetractSource_KnownSource_RemovesOnlyWhatOnlyItAsserted()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await Store.UpsertSourceAsync(Documents.Riyadh());
        await Store.UpsertSourceAsync(Documents.Corroboration());

        Assert.True(await Store.RetractSourceAsync("riyadh"));

        var snapshot = await Store.ReadSnapshotAsync();
        Assert.Equal(["corroboration"], snapshot.Sources.Select(s => s.Info.Id));
        Assert.Null(snapshot.Find(Documents.Lavrov));
        Assert.NotNull(snapshot.Find(Documents.Rubio));
        Assert.Equal(2, snapshot.Relations.Count);
        Assert.Equal(new StoreStatistics(3, 0, 2, 1), await Store.GetStatisticsAsync());
        Assert.False(await Store.RetractSourceAsync("riyadh"));
    }

    [SkippableFact]
    public async Task UpsertSource_WithOrigin_IsListedWithIt()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var file = new SourceOrigin(SourceOriginKind.File, "/data/talks/riyadh.yaml");
        var item = SourceOrigin.FromFeedItem(new Uri("https://example.org/news/1"));

        await Store.UpsertSourceAsync(Documents.Riyadh().WithOrigin(file));
        await Store.UpsertSourceAsync(Documents.Corroboration().WithOrigin(item));
        await Store.UpsertSourceAsync(Documents.Riyadh("no-origin"));

        var sources = await Store.ListSourcesAsync();
        Assert.Equal(new (string, SourceOrigin?)[] { ("corroboration", item), ("no-origin", null), ("riyadh", file) }, sources.Select(s => (s.Info.Id, s.Origin)));
        Assert.Equal(file, (await Store.ReadSnapshotAsync()).Sources.Single(s => s.Info.Id == "riyadh").Origin);
    }

    [SkippableFact]
    public async Task UpsertSource_UnchangedFromAnotherOrigin_RecordsOnlyTheNewOrigin()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var before = new SourceOrigin(SourceOriginKind.File, "/data/a/riyadh.yaml");
        var after = new SourceOrigin(SourceOriginKind.File, "/data/b/talks.yaml");
        await Store.UpsertSourceAsync(Documents.Riyadh().WithOrigin(before));
        var first = Assert.Single(await Store.ListSourcesAsync());

        var outcome = await Store.UpsertSourceAsync(Documents.Riyadh().WithOrigin(after));

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        var moved = Assert.Single(await Store.ListSourcesAsync());
        Assert.Equal(after, moved.Origin);
        Assert.Equal((first.ContentHash, first.IngestedAt), (moved.ContentHash, moved.IngestedAt));
        Assert.Equal(new StoreStatistics(6, 1, 4, 1), await Store.GetStatisticsAsync());
    }

    [SkippableFact]
    public async Task UpsertSource_SeenAgainAfterBeingWrittenWithoutOrigin_LearnsItsOrigin()
    {
        Skip.If(SkipReason is not null, SkipReason);
        // As a source written before stores recorded origins: the next sight of it, even unchanged, records one.
        var origin = new SourceOrigin(SourceOriginKind.File, "/data/riyadh.yaml");
        await Store.UpsertSourceAsync(Documents.Riyadh());

        var outcome = await Store.UpsertSourceAsync(Documents.Riyadh().WithOrigin(origin));

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        Assert.Equal(origin, Assert.Single(await Store.ListSourcesAsync()).Origin);
    }

    [SkippableFact]
    public async Task UpsertSource_WithoutOrigin_KeepsTheRecordedOrigin()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var origin = new SourceOrigin(SourceOriginKind.File, "/data/riyadh.yaml");
        await Store.UpsertSourceAsync(Documents.Riyadh().WithOrigin(origin));
        var changed = Documents.Riyadh(confidence: 0.5);

        var unchanged = await Store.UpsertSourceAsync(Documents.Riyadh());
        var updated = await Store.UpsertSourceAsync(changed);

        Assert.Equal((UpsertOutcome.Unchanged, UpsertOutcome.Updated), (unchanged, updated));
        var source = Assert.Single(await Store.ListSourcesAsync());
        Assert.Equal((changed.ContentHash, origin), (source.ContentHash, source.Origin));
    }

    [SkippableFact]
    public async Task UpsertSource_ChangedFromAnotherOrigin_ReplacesAssertionsAndOrigin()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var after = new SourceOrigin(SourceOriginKind.File, "/data/b/riyadh.yaml");
        await Store.UpsertSourceAsync(Documents.Riyadh().WithOrigin(new SourceOrigin(SourceOriginKind.File, "/data/a/riyadh.yaml")));

        var outcome = await Store.UpsertSourceAsync(Documents.Riyadh(confidence: 0.5).WithOrigin(after));

        Assert.Equal(UpsertOutcome.Updated, outcome);
        Assert.Equal(after, Assert.Single(await Store.ListSourcesAsync()).Origin);
        Assert.Equal(new StoreStatistics(6, 1, 4, 1), await Store.GetStatisticsAsync());
    }

    [SkippableFact]
    public async Task ReadSnapshot_Filters_KeepOnlyMatchingRelations()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await Store.UpsertSourceAsync(Documents.Riyadh(confidence: 0.7));

        var leadsOnly = await Store.ReadSnapshotAsync(new SnapshotFilter { Kinds = new HashSet<RelationKind> { RelationKind.Leads } });
        var confident = await Store.ReadSnapshotAsync(new SnapshotFilter { MinConfidence = 0.75 });
        var before = await Store.ReadSnapshotAsync(new SnapshotFilter { AsOf = new DateOnly(2025, 1, 1) });

        Assert.All(leadsOnly.Relations, r => Assert.Equal(RelationKind.Leads, r.Kind));
        Assert.Equal(2, leadsOnly.Relations.Count);
        Assert.Equal(6, leadsOnly.Actors.Count);
        Assert.Equal([RelationKind.Facilitates, RelationKind.Facilitates], confident.Relations.Select(r => r.Kind));
        Assert.Equal([RelationKind.Facilitates, RelationKind.Facilitates], before.Relations.Select(r => r.Kind));
        Assert.Empty(before.Roles);
    }

    [SkippableFact]
    public async Task UpsertSource_HostileText_IsStoredAsPlainText()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var hostile = "x'}) DETACH DELETE n //\"; DROP TABLE sources; --";
        var id = ActorId.FromName("hostile");
        var document = new SourceDocument(
            new SourceInfo("hostile-source'; --", hostile, null, null),
            [new Actor(id, hostile, ActorKind.Person, [hostile + " alias"]), Documents.Person(Documents.Rubio, "Marco Rubio")],
            [],
            [new Relation(id, RelationKind.Advises, Documents.Rubio, 0.5, 0.5, null, null, hostile, hostile)]);

        await Store.UpsertSourceAsync(document);

        var snapshot = await Store.ReadSnapshotAsync();
        Assert.Equal(hostile, snapshot.Get(id).Name);
        Assert.Equal(hostile, Assert.Single(snapshot.Relations).Provenance[0].Evidence);
        Assert.Equal("hostile-source'; --", Assert.Single(snapshot.Sources).Info.Id);
    }

    [SkippableFact]
    public async Task UpsertSource_Cancelled_WritesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.UpsertSourceAsync(Documents.Riyadh(), cancelled.Token));

        Assert.Equal(new StoreStatistics(0, 0, 0, 0), await Store.GetStatisticsAsync());
    }

    [SkippableFact]
    public async Task UpsertSource_StreamInBatches_WritesWhatTheDocumentWrites()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var document = Documents.Riyadh().WithOrigin(SourceOrigin.FromFile("/data/riyadh.yaml"));
        await Store.UpsertSourceAsync(Documents.Corroboration());
        await Store.UpsertSourceAsync(document);
        var expected = Streams.Describe(await Store.ReadSnapshotAsync());
        await Store.RetractSourceAsync("riyadh");

        var outcome = await Store.UpsertSourceAsync(Streams.Batched(document, 3));

        Assert.Equal(UpsertOutcome.Added, outcome);
        Assert.Equal(expected, Streams.Describe(await Store.ReadSnapshotAsync()));
        Assert.Equal(UpsertOutcome.Unchanged, await Store.UpsertSourceAsync(document));
    }

    [SkippableFact]
    public async Task UpsertSource_UnchangedStream_IsUnchangedWithoutReadingABatch()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await Store.UpsertSourceAsync(Documents.Riyadh());
        var before = await Store.ListSourcesAsync();
        var reads = 0;

        var outcome = await Store.UpsertSourceAsync(Streams.Batched(Documents.Riyadh(), 2, onRead: () => reads++));

        Assert.Equal((UpsertOutcome.Unchanged, 0), (outcome, reads));
        Assert.Equal(before.Single().IngestedAt, (await Store.ListSourcesAsync()).Single().IngestedAt);
    }

    [SkippableFact]
    public async Task UpsertSource_StreamFailingInALateBatch_WritesNothingAndKeepsTheLastVersion()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var old = Documents.Riyadh();
        await Store.UpsertSourceAsync(old);
        var expected = Streams.Describe(await Store.ReadSnapshotAsync());
        var changed = new SourceDocument(old.Source, old.Actors, [], [.. old.Relations.Skip(1)]);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store.UpsertSourceAsync(Streams.Batched(changed, 2, failAt: 4)));

        Assert.Equal("SOURCE_UNREADABLE", error.Code);
        Assert.Equal(expected, Streams.Describe(await Store.ReadSnapshotAsync()));
    }

    [SkippableFact]
    public async Task UpsertSource_StreamNotMatchingItsHash_WritesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var document = Documents.Riyadh();
        var other = new SourceDocument(document.Source, document.Actors, document.Roles, [.. document.Relations.Skip(1)]);

        // The batches of one document, the hash of another: the source changed between its check and its write.
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store.UpsertSourceAsync(Streams.Batched(document, 4, hash: other.ContentHash)));

        Assert.Equal(("SOURCE_CHANGED", false), (error.Code, error.IsTransient));
        Assert.Equal(new StoreStatistics(0, 0, 0, 0), await Store.GetStatisticsAsync());
    }

    [SkippableFact]
    public async Task UpsertSource_StreamCancelled_WritesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var cancelled = new CancellationTokenSource();
        var stream = Streams.Batched(Documents.Riyadh(), 2, onRead: cancelled.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.UpsertSourceAsync(stream, cancelled.Token));

        Assert.Equal(new StoreStatistics(0, 0, 0, 0), await Store.GetStatisticsAsync());
    }

    [SkippableFact]
    public async Task Runs_Recorded_AreListedNewestFirstWithTheirCounts()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var start = new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);
        var first = new RunRecord(start, start.AddSeconds(2), 0, 4, 0, 0, 0, 0, 0, []);
        var second = new RunRecord(start.AddHours(1), start.AddHours(1).AddSeconds(1), 3, 0, 1, 2, 1, 0, 1,
            ["data/bad.yaml:3: relations[0].target: no actor named 'nowhere'", "x'}) DETACH DELETE n //"]);

        await Store.RecordRunAsync(first);
        await Store.RecordRunAsync(second);
        var runs = await Store.ListRunsAsync(10);
        var newest = await Store.ListRunsAsync(1);

        Assert.Equal(2, runs.Count);
        Assert.Equal((second.Started, second.Ended, 3, 1, 2, 1, 1), (runs[0].Started, runs[0].Ended, runs[0].ExitCode, runs[0].Updated, runs[0].Unchanged, runs[0].Rejected, runs[0].Retracted));
        Assert.Equal(second.Errors, runs[0].Errors);
        Assert.Equal((first.Started, 4), (runs[1].Started, runs[1].Added));
        Assert.Empty(runs[1].Errors);
        Assert.Equal(second.Started, Assert.Single(newest).Started);
    }

    [SkippableFact]
    public async Task Runs_RecordedWithChanges_AreNumberedAndKeepTheirChangesAndOnlyTheLatestState()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var start = new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);
        var change = new RelationChange(RelationChange.Ended, Documents.Rubio, "Marco Rubio", RelationKind.Leads, Documents.UsDelegation, "US delegation", ["riyadh", "x'}) //"]);
        await Store.RecordRunAsync(new RunRecord(start, start, 0, 1, 0, 0, 0, 0, 0, []) { RelationState = "first" });
        await Store.RecordRunAsync(new RunRecord(start.AddHours(1), start.AddHours(1), 0, 0, 1, 0, 0, 0, 0, []) { Changes = [change], RelationState = "second" });

        var runs = await Store.ListRunsAsync(10);

        Assert.Equal([2L, 1L], runs.Select(r => r.Number));
        Assert.Equal(change.Sources, Assert.Single(runs[0].Changes).Sources);
        Assert.Equal((change.Change, change.Source, change.SourceName, change.Kind, change.Target, change.TargetName),
            (runs[0].Changes[0].Change, runs[0].Changes[0].Source, runs[0].Changes[0].SourceName, runs[0].Changes[0].Kind, runs[0].Changes[0].Target, runs[0].Changes[0].TargetName));
        Assert.Empty(runs[1].Changes);
        Assert.Equal(("second", (string?)null), (runs[0].RelationState, runs[1].RelationState));
    }

    [SkippableFact]
    public async Task Snapshot_SourcesWithPublisherAndFingerprint_KeepThemAndGroupCopiesIntoOneStory()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await Store.UpsertSourceAsync(Stories.Report("wire", Stories.Wire, "https://www.reuters.com/a"));
        await Store.UpsertSourceAsync(Stories.Report("copy", Stories.Republished, "https://www.outlet.com/b"));
        var dataset = Documents.Corroboration();
        await Store.UpsertSourceAsync(new SourceDocument(dataset.Source with { Publisher = "TASS" }, dataset.Actors, dataset.Roles, dataset.Relations));

        var snapshot = await Store.ReadSnapshotAsync();

        Assert.Equal("TASS", snapshot.Sources.Single(s => s.Info.Id == "corroboration").Info.Publisher);
        Assert.NotNull(snapshot.Sources.Single(s => s.Info.Id == "wire").Info.Fingerprint);
        var leads = snapshot.Relations.Single(r => r.Source == Documents.Rubio);
        Assert.Equal(new Corroboration(3, 3, 2), leads.Corroboration);
        Assert.Equal(1 - (0.4 * 0.5), leads.Confidence, 12);
    }
}
