namespace ActorGraph.Hosting.Tests;

public sealed class StoreLocationTests
{
    [Fact]
    public void TryParse_Sqlite_ReadsThePath()
    {
        Assert.True(StoreLocation.TryParse("sqlite:data/graph.db", out var location, out _));

        Assert.Equal("data/graph.db", Assert.IsType<StoreLocation.SqliteLocation>(location).Path);
        Assert.Equal("sqlite:data/graph.db", location!.Display);
    }

    [Theory]
    [InlineData("neo4j:http://neo4j:Hunter2-secret@localhost:7474")]
    [InlineData("neo4j:ftp://Hunter2-secret")]
    [InlineData("mysql://root:Hunter2-secret@db")]
    public void TryParse_Refused_NeverEchoesWhatMayBeASecret(string text)
    {
        Assert.False(StoreLocation.TryParse(text, out var location, out var error));

        Assert.Null(location);
        Assert.DoesNotContain("Hunter2-secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_Embedded_OffersTheLocalEngineOnly()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-hosting-").FullName;
        try
        {
            Assert.True(StoreLocation.TryParse($"sqlite:{Path.Combine(folder, "g.db")}", out var location, out _));
            await using (var connection = await location!.ConnectAsync(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, initialize: true, CancellationToken.None))
            {
                Assert.True(connection.Supports(InfluenceEngineKind.Local));
                Assert.False(connection.Supports(InfluenceEngineKind.Gds));
                Assert.Equal("local", connection.Engine(InfluenceEngineKind.Local).Name);
                Assert.Throws<NotSupportedException>(() => connection.Engine(InfluenceEngineKind.Gds));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
