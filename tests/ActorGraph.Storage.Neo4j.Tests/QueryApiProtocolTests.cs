using System.Net;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Http;
using ActorGraph.Testing;

using ActorGraph.Testing.Neo4j;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>The store's conversation with the Query API, against a handler that answers in the documented shapes.</summary>
public sealed class QueryApiProtocolTests : IAsyncDisposable
{
    private const string Password = "s3cret-Passw0rd";
    private readonly FakeNeo4j _server = new();
    private readonly CapturingLoggerProvider _logs = new();
    private Neo4jGraphStore? _store;

    private Neo4jGraphStore Store(int maxRetries = 2, int batchSize = 5000, TimeSpan? timeout = null) => _store ??= Neo4jGraphStore.Create(
        new Neo4jStoreOptions
        {
            Endpoint = new Uri("http://neo4j.test:7474"),
            Database = "actors",
            User = "neo4j",
            Password = Password,
            MaxRetries = maxRetries,
            RetryDelay = TimeSpan.FromMilliseconds(1),
            BatchSize = batchSize,
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(30),
        },
        _server,
        loggerFactory: _logs);

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        _server.Dispose();
    }

    [Fact]
    public async Task Statistics_Accepted_ReadsTheRow()
    {
        _server.Respond = (r, _) => Task.FromResult(FakeNeo4j.Json(HttpStatusCode.Accepted,
            FakeNeo4j.Data(["actors", "roles", "relations", "sources"], false, [44, 24, 45, 4])));

        var statistics = await Store().GetStatisticsAsync();

        Assert.Equal(new StoreStatistics(44, 24, 45, 4), statistics);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/actors/query/v2", request.Path);
        Assert.Equal("cypher/store/statistics.cypher", request.Statement);
        Assert.Contains("\"accessMode\":\"Read\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_AcceptedWithTrailingErrors_FailsWithNeo4jsCode()
    {
        _server.Respond = (r, _) => Task.FromResult(FakeNeo4j.Json(HttpStatusCode.Accepted, """
            {"data":{"fields":["actors","roles","relations","sources"],"values":[[1,2,3,4]]},
             "errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}
            """));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().GetStatisticsAsync());

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains("/ by zero", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound", false)]
    [InlineData(HttpStatusCode.InternalServerError, "Neo.DatabaseError.General.UnknownError", false)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", false)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Cluster.NotALeader", true)]
    public async Task Request_ErrorBody_MapsCodeAndTransience(HttpStatusCode status, string code, bool transient)
    {
        _server.Respond = (r, _) => Task.FromResult(FakeNeo4j.Json(status, FakeNeo4j.Error(code, "the server's words")));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store(maxRetries: 2).ListSourcesAsync());

        Assert.Equal(code, error.Code);
        Assert.Equal(transient, error.IsTransient);
        Assert.Contains("the server's words", error.Message, StringComparison.Ordinal);
        Assert.Contains("snapshot-sources", error.Message, StringComparison.Ordinal);
        Assert.Equal(transient ? 3 : 1, _server.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public async Task Request_StatusWithoutNeo4jBody_MapsByStatus(HttpStatusCode status, bool transient)
    {
        _server.Respond = (r, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("<html>upstream</html>", Encoding.UTF8, "text/html") });

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store(maxRetries: 1).ListSourcesAsync());

        Assert.Equal(transient, error.IsTransient);
        Assert.Equal($"HTTP_{(int)status}", error.Code);
        Assert.Equal(transient ? 2 : 1, _server.Requests.Count);
    }

    [Fact]
    public async Task Request_Unauthorized_SaysSoWithoutTheCredentials()
    {
        _server.Respond = (r, _) => Task.FromResult(FakeNeo4j.Json(HttpStatusCode.Unauthorized,
            FakeNeo4j.Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.")));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().GetStatisticsAsync());

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.False(error.IsTransient);
        Assert.Single(_server.Requests);
        AssertNoSecret(error.ToString());
    }

    [Fact]
    public async Task Request_TransientErrorThenSuccess_IsRetriedAndSucceeds()
    {
        var calls = 0;
        _server.Respond = (r, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? FakeNeo4j.Json(HttpStatusCode.BadRequest, FakeNeo4j.Error("Neo.TransientError.Transaction.LockClientStopped", "stopped"))
            : FakeNeo4j.Json(HttpStatusCode.Accepted, FakeNeo4j.Data(["actors", "roles", "relations", "sources"], false, [1, 0, 0, 1])));

        var statistics = await Store().GetStatisticsAsync();

        Assert.Equal(new StoreStatistics(1, 0, 0, 1), statistics);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(_logs.Lines, l => l.Contains("[2202]", StringComparison.Ordinal) && l.Contains("LockClientStopped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_Unreachable_IsTransient()
    {
        _server.Respond = (r, _) => throw new HttpRequestException("Connection refused (neo4j.test:7474)");

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store(maxRetries: 1).GetStatisticsAsync());

        Assert.Equal("UNREACHABLE", error.Code);
        Assert.True(error.IsTransient);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Request_NoAnswerWithinTimeout_FailsAsTransientTimeout()
    {
        _server.Respond = async (r, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        };

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store(maxRetries: 0, timeout: TimeSpan.FromMilliseconds(50)).GetStatisticsAsync());

        Assert.Equal("TIMEOUT", error.Code);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Upsert_CancelledInsideTheTransaction_RollsBackAndReportsCancellation()
    {
        using var cancel = new CancellationTokenSource();
        _server.Respond = async (r, ct) =>
        {
            if (r.Statement == "cypher/store/claims-create.cypher")
            {
                await cancel.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
            }

            return FakeNeo4j.EmptyDatabase(r);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store().UpsertSourceAsync(Documents.Riyadh(), cancel.Token));

        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        var last = _server.Requests[^1];
        Assert.Equal(HttpMethod.Delete, last.Method);
        Assert.Equal("/db/actors/query/v2/tx/tx1", last.Path);
    }

    [Fact]
    public async Task Upsert_NewSource_IsOneTransactionFromOpenToCommit()
    {
        var outcome = await Store().UpsertSourceAsync(Documents.Riyadh());

        Assert.Equal(UpsertOutcome.Added, outcome);
        var requests = _server.Requests;
        Assert.Equal("/db/actors/query/v2/tx", requests[0].Path);
        Assert.Equal("cypher/store/source-hash.cypher", requests[0].Statement);
        Assert.All(requests.Skip(1), r => Assert.Equal(FakeNeo4j.Affinity, r.Affinity));
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/db/actors/query/v2/tx/tx1", r.Path));
        Assert.Equal("/db/actors/query/v2/tx/tx1/commit", requests[^1].Path);
        Assert.DoesNotContain(requests, r => r.Method == HttpMethod.Delete);
        var names = requests.Select(r => r.Statement).OfType<string>().Select(n => n.Replace("cypher/store/", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["source-hash.cypher", "source-clear-claims.cypher", "source-clear-mentions.cypher", "source-clear-roles.cypher",
             "source-upsert.cypher", "actors-mention.cypher", "roles-state.cypher", "claims-create.cypher",
             "actors-read.cypher", "roles-read.cypher", "claims-read.cypher"],
            names.Take(11));
        Assert.Equal("roles-delete-orphans.cypher", names[^2]);
        Assert.Equal("actors-delete-orphans.cypher", names[^1]);
    }

    [Fact]
    public async Task Upsert_SameContentHash_RollsBackWithoutWriting()
    {
        var document = Documents.Riyadh();
        _server.Respond = (r, _) => Task.FromResult(r.Statement == "cypher/store/source-hash.cypher"
            ? FakeNeo4j.Json(HttpStatusCode.Accepted, FakeNeo4j.Data(["contentHash", "originKind", "origin"], true, [document.ContentHash, null, null]))
            : FakeNeo4j.EmptyDatabase(r));

        var outcome = await Store().UpsertSourceAsync(document);

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(HttpMethod.Delete, _server.Requests[1].Method);
    }

    [Fact]
    public async Task Upsert_SameContentHashFromAnotherFile_WritesOnlyTheOriginAndCommits()
    {
        var document = Documents.Riyadh().WithOrigin(new SourceOrigin(SourceOriginKind.File, "/data/new/riyadh.yaml"));
        _server.Respond = (r, _) => Task.FromResult(r.Statement == "cypher/store/source-hash.cypher"
            ? FakeNeo4j.Json(HttpStatusCode.Accepted, FakeNeo4j.Data(["contentHash", "originKind", "origin"], true, [document.ContentHash, "file", "/data/old/riyadh.yaml"]))
            : FakeNeo4j.EmptyDatabase(r));

        var outcome = await Store().UpsertSourceAsync(document);

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        Assert.Equal(["cypher/store/source-hash.cypher", "cypher/store/source-origin.cypher", null], _server.Requests.Select(r => r.Statement));
        Assert.Equal("/data/new/riyadh.yaml", _server.Requests[1].Parameters.GetProperty("origin").GetString());
        Assert.Equal("file", _server.Requests[1].Parameters.GetProperty("originKind").GetString());
        Assert.EndsWith("/commit", _server.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_OtherContentHash_ReportsUpdated()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement == "cypher/store/source-hash.cypher"
            ? FakeNeo4j.Json(HttpStatusCode.Accepted, FakeNeo4j.Data(["contentHash"], true, ["0123abcd"]))
            : FakeNeo4j.EmptyDatabase(r));

        Assert.Equal(UpsertOutcome.Updated, await Store().UpsertSourceAsync(Documents.Riyadh()));
        Assert.EndsWith("/commit", _server.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_StatementFails_NothingIsCommitted()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement == "cypher/store/claims-create.cypher"
            ? FakeNeo4j.Json(HttpStatusCode.BadRequest, FakeNeo4j.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"))
            : FakeNeo4j.EmptyDatabase(r));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().UpsertSourceAsync(Documents.Riyadh()));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal("cypher/store/claims-create.cypher", _server.Requests[^1].Statement);
    }

    [Fact]
    public async Task Upsert_TransientFailureMidway_RetriesTheWholeTransaction()
    {
        var failed = 0;
        _server.Respond = (r, _) => Task.FromResult(r.Statement == "cypher/store/actors-mention.cypher" && Interlocked.Increment(ref failed) == 1
            ? FakeNeo4j.Json(HttpStatusCode.BadRequest, FakeNeo4j.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))
            : FakeNeo4j.EmptyDatabase(r));

        Assert.Equal(UpsertOutcome.Added, await Store().UpsertSourceAsync(Documents.Riyadh()));

        var opened = _server.Requests.Count(r => r.Path == "/db/actors/query/v2/tx");
        Assert.Equal(2, opened);
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upsert_ManyRows_AreSentInBatchesOfTheConfiguredSize()
    {
        var document = Documents.Riyadh();

        await Store(batchSize: 4).UpsertSourceAsync(document);

        var batches = _server.Requests.Where(r => r.Statement == "cypher/store/actors-mention.cypher")
            .Select(r => r.Parameters.GetProperty("rows").GetArrayLength()).ToList();
        Assert.Equal([4, 2], batches);
        Assert.All(_server.Requests.Where(r => r.Statement == "cypher/store/actors-mention.cypher"),
            r => Assert.Equal("riyadh", r.Parameters.GetProperty("sourceId").GetString()));
    }

    [Fact]
    public async Task Upsert_Relations_AreSentAsParameterListsInBatchesWithinTheSourcesTransaction()
    {
        var document = Documents.Riyadh();

        await Store(batchSize: 1).UpsertSourceAsync(document);

        var claims = _server.Requests.Where(r => r.Statement == "cypher/store/claims-create.cypher").ToList();
        Assert.Equal(document.Relations.Count, claims.Count);
        Assert.All(claims, r => Assert.Equal(1, r.Parameters.GetProperty("rows").GetArrayLength()));
        Assert.All(claims, r => Assert.Equal("/db/actors/query/v2/tx/tx1", r.Path));
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upsert_StreamInBatches_IsOneTransactionWithARequestPerBatchAndOneCommit()
    {
        var document = Documents.Riyadh();

        var outcome = await Store(batchSize: 5000).UpsertSourceAsync(Streams.Batched(document, 2));

        Assert.Equal(UpsertOutcome.Added, outcome);
        var requests = _server.Requests;
        Assert.Equal("/db/actors/query/v2/tx", requests[0].Path);
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/db/actors/query/v2/tx/tx1", r.Path));
        Assert.Single(requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal("/db/actors/query/v2/tx/tx1/commit", requests[^1].Path);
        // Six actors, a role and four relations in batches of two: three requests of actors, then the role and a
        // relation, then two relations, then the last.
        int[] Rows(string statement) => [.. requests.Where(r => r.Statement == statement).Select(r => r.Parameters.GetProperty("rows").GetArrayLength())];
        Assert.Equal([2, 2, 2], Rows("cypher/store/actors-mention.cypher"));
        Assert.Equal([1], Rows("cypher/store/roles-state.cypher"));
        Assert.Equal([1, 2, 1], Rows("cypher/store/claims-create.cypher"));
        Assert.Equal(document.ContentHash, requests.Single(r => r.Statement == "cypher/store/source-upsert.cypher").Parameters.GetProperty("contentHash").GetString());
    }

    [Fact]
    public async Task Upsert_StreamFailingInALateBatch_RollsBackWithoutCommitting()
    {
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().UpsertSourceAsync(Streams.Batched(Documents.Riyadh(), 2, failAt: 4)));

        Assert.Equal("SOURCE_UNREADABLE", error.Code);
        Assert.Contains(_server.Requests, r => r.Statement == "cypher/store/claims-create.cypher");
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal((HttpMethod.Delete, "/db/actors/query/v2/tx/tx1"), (_server.Requests[^1].Method, _server.Requests[^1].Path));
    }

    [Fact]
    public async Task Upsert_Numbers_KeepTheirCypherTypes()
    {
        var document = new SourceDocument(
            new SourceInfo("floats", null, null, new DateOnly(2025, 2, 18)),
            [Documents.Person(Documents.Rubio, "Marco Rubio"), Documents.Person(Documents.Lavrov, "Sergey Lavrov")],
            [],
            [new Relation(Documents.Rubio, RelationKind.Advises, Documents.Lavrov, 1.0, 1.0, null, null, null, null)]);

        await Store().UpsertSourceAsync(document);

        var claims = _server.Requests.Single(r => r.Statement == "cypher/store/claims-create.cypher").Body!;
        Assert.Contains("\"weight\":1.0", claims, StringComparison.Ordinal);
        Assert.Contains("\"confidence\":1.0", claims, StringComparison.Ordinal);
        var source = _server.Requests.Single(r => r.Statement == "cypher/store/source-upsert.cypher").Parameters;
        Assert.Equal("2025-02-18", source.GetProperty("published").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, source.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task Upsert_HostileNames_TravelAsParametersNeverAsCypher()
    {
        const string hostile = "x'}) DETACH DELETE n //";
        var id = ActorId.FromName("hostile");
        var document = new SourceDocument(
            new SourceInfo(hostile, hostile, null, null),
            [new Actor(id, hostile, ActorKind.Person, [hostile]), Documents.Person(Documents.Rubio, "Marco Rubio")],
            [new Role(id, hostile, Documents.Rubio, null, null)],
            [new Relation(id, RelationKind.Advises, Documents.Rubio, 0.5, 0.5, null, null, hostile, hostile)]);

        await Store().UpsertSourceAsync(document);

        Assert.All(_server.Requests.Where(r => r.StatementText is not null), r =>
        {
            Assert.DoesNotContain("DETACH DELETE n //", r.StatementText, StringComparison.Ordinal);
            Assert.StartsWith("cypher/", r.Statement, StringComparison.Ordinal);
        });
        Assert.Contains(_server.Requests, r => r.Statement == "cypher/store/actors-mention.cypher"
            && r.Parameters.GetProperty("rows")[0].GetProperty("name").GetString() == hostile);
    }

    [Fact]
    public async Task Credentials_GoInTheAuthorizationHeaderOnly_AndNeverIntoLogsOrErrors()
    {
        var echo = false;
        _server.Respond = (r, _) => Task.FromResult(echo
            ? FakeNeo4j.Json(HttpStatusCode.BadRequest, FakeNeo4j.Error("Neo.ClientError.Statement.SyntaxError", $"Invalid input near '{Password}'"))
            : FakeNeo4j.EmptyDatabase(r));

        await Store().InitializeAsync();
        await Store().UpsertSourceAsync(Documents.Riyadh());
        echo = true;
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().ListSourcesAsync());

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{Password}"));
        Assert.All(_server.Requests, r => Assert.Equal(expected, r.Authorization));
        Assert.All(_server.Requests.Where(r => r.Body is not null), r => AssertNoSecret(r.Body!));
        Assert.NotEmpty(_logs.Lines);
        Assert.All(_logs.Lines, AssertNoSecret);
        AssertNoSecret(error.ToString());
        AssertNoSecret(Store().ToString());
    }

    [Fact]
    public async Task Store_WithoutUser_SendsNoAuthorization()
    {
        await using var store = Neo4jGraphStore.Create(new Neo4jStoreOptions { Endpoint = new Uri("https://neo4j.test") }, _server);

        await store.GetStatisticsAsync().ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Null(Assert.Single(_server.Requests).Authorization);
        Assert.Equal("/db/neo4j/query/v2", _server.Requests[0].Path);
    }

    [Fact]
    public async Task Store_EndpointBehindAPathPrefix_KeepsThePrefix()
    {
        await using var store = Neo4jGraphStore.Create(new Neo4jStoreOptions { Endpoint = new Uri("https://proxy.test/graphs/neo4j") }, _server);

        await store.GetStatisticsAsync().ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Equal("/graphs/neo4j/db/neo4j/query/v2", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task Initialize_SupportedServer_AppliesEverySchemaStatementInOrder()
    {
        await Store().InitializeAsync();

        Assert.Equal(HttpMethod.Get, _server.Requests[0].Method);
        Assert.Equal(Cypher.CypherCatalog.Schema.Select(s => s.Name), _server.Requests.Skip(1).Select(r => r.Statement));
        Assert.All(_server.Requests.Skip(1), r => Assert.Equal("/db/actors/query/v2", r.Path));
    }

    [Fact]
    public async Task Initialize_ServerOlderThan526_IsRefusedWithTheReason()
    {
        _server.Respond = (r, _) => Task.FromResult(FakeNeo4j.Json(HttpStatusCode.OK, """{"neo4j_version":"5.20.0","neo4j_edition":"community"}"""));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().InitializeAsync());

        Assert.Equal("UNSUPPORTED_VERSION", error.Code);
        Assert.Contains("5.20.0", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData("5.26.0", true)]
    [InlineData("5.26.12", true)]
    [InlineData("2025.10.1", true)]
    [InlineData("5.25.1", false)]
    [InlineData("4.4.30", false)]
    [InlineData("dev", true)]
    public void SupportsQueryApiTransactions_ServerVersions_ReadsMajorAndMinor(string version, bool supported) =>
        Assert.Equal(supported, Neo4jGraphStore.SupportsQueryApiTransactions(version));

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(-2.0, "-2.0")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(123456789012.0, "123456789012.0")]
    public void Float_IntegerOrFloatJson_AlwaysReadsAsAFloat(double value, string expected) => Assert.Equal(expected, CypherJson.Float(value));

    [Fact]
    public void Float_NotFinite_IsRefused() => Assert.Throws<ArgumentException>(() => CypherJson.Float(double.NaN));

    [Theory]
    [InlineData("http://neo4j:" + Password + "@localhost:7474")]
    [InlineData("ftp://localhost")]
    public void Options_BadEndpoint_IsRefusedWithoutEchoingSecrets(string endpoint)
    {
        var options = new Neo4jStoreOptions { Endpoint = new Uri(endpoint), User = "neo4j", Password = Password };

        using var server = new FakeNeo4j();

        var error = Assert.Throws<ArgumentException>(() => Neo4jGraphStore.Create(options, server));

        AssertNoSecret(error.ToString());
        AssertNoSecret(options.ToString());
    }

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{Password}")), text, StringComparison.Ordinal);
    }
}
