using System.Collections.Concurrent;
using System.Text;
using ActorGraph.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ActorGraph.Worker.Tests;

public sealed partial class WorkerTests
{
    private const string AddedAToB = """{"run":1,"change":"added","relation":{"source":"A","type":"ADVISES","target":"B"},"sources":["data/a.yaml"]}""";

    private async Task RunOnceAsync(Dictionary<string, string?> settings)
    {
        settings["Once"] = "true";
        using var host = BuildHost(new FakeTimeProvider(Start), settings, _ => OpenStoreAsync());
        await host.RunAsync();
    }

    private Dictionary<string, string?> Watching(string actor, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Alerts:Watch:0"] = actor, ["Alerts:File"] = P("alerts.jsonl") };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task Alerts_WatchedActorsNewRelation_IsOneLineExactlyOnceAcrossRestarts()
    {
        WriteDataset("data/a.yaml", "A", "B");
        WriteDataset("data/other.yaml", "D", "E");

        await RunOnceAsync(Watching("A"));
        await RunOnceAsync(Watching("A"));

        Assert.Equal([AddedAToB], File.ReadAllLines(P("alerts.jsonl")));

        WriteDataset("data/a.yaml", "A", "B", "C");
        await RunOnceAsync(Watching("A"));

        var lines = File.ReadAllLines(P("alerts.jsonl"));
        Assert.Equal(2, lines.Length);
        Assert.Equal("""{"run":3,"change":"added","relation":{"source":"A","type":"ADVISES","target":"C"},"sources":["data/a.yaml"]}""", lines[1]);
    }

    [Fact]
    public async Task Alerts_WorkerDiedAfterWritingBeforeRemembering_WritesNoLineTwice()
    {
        WriteDataset("data/a.yaml", "A", "B");
        await RunOnceAsync(Watching("A"));
        // As if the worker died after appending run 1's line and before its outbox said so, then ran again.
        File.WriteAllText(P("alerts.jsonl.outbox.json"), """{"lastRun": 0, "pending": []}""");
        File.AppendAllText(P("alerts.jsonl"), "{\"run\":1,\"chan");

        await RunOnceAsync(Watching("A"));

        Assert.Equal([AddedAToB], File.ReadAllLines(P("alerts.jsonl")));
    }

    [Fact]
    public async Task Alerts_RelationEndedByRetraction_IsAnEndedLine()
    {
        WriteDataset("data/a.yaml", "A", "B");
        await RunOnceAsync(Watching("B"));
        File.Delete(P("data/a.yaml"));
        WriteDataset("data/other.yaml", "D", "E");

        await RunOnceAsync(Watching("B"));

        var lines = File.ReadAllLines(P("alerts.jsonl"));
        Assert.Equal(2, lines.Length);
        Assert.Equal("""{"run":2,"change":"ended","relation":{"source":"A","type":"ADVISES","target":"B"},"sources":["data/a.yaml"]}""", lines[1]);
    }

    [Fact]
    public async Task Alerts_WebhookFailsOnceThenSucceeds_DeliversEachAlertOnceOnTheNextCycle()
    {
        var attempts = 0;
        var delivered = new ConcurrentQueue<string>();
        await using var server = new LocalHttpServer(async context =>
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (Interlocked.Increment(ref attempts) == 1)
            {
                context.Response.StatusCode = 503;
                return;
            }

            delivered.Enqueue($"{context.Request.HttpMethod} {context.Request.ContentType} {body}");
            context.Response.StatusCode = 204;
        });
        WriteDataset("data/a.yaml", "A", "B");
        var settings = Watching("A", new() { ["Alerts:Url"] = server.Address + "hook", ["Alerts:Tries"] = "1" });

        await RunOnceAsync(new(settings));
        Assert.Empty(delivered);
        Assert.Contains("\"attempts\": 1", File.ReadAllText(P("alerts.jsonl.outbox.json")), StringComparison.Ordinal);

        await RunOnceAsync(new(settings));
        await RunOnceAsync(new(settings));

        Assert.Equal(2, attempts);
        Assert.Equal([$"POST application/json; charset=utf-8 {AddedAToB}"], delivered);
        Assert.Equal([AddedAToB], File.ReadAllLines(P("alerts.jsonl")));
    }

    [Fact]
    public async Task Alerts_WebhookFailsOnceWithinTheTries_IsDeliveredInTheSameCycle()
    {
        var attempts = 0;
        var delivered = new ConcurrentQueue<string>();
        await using var server = new LocalHttpServer(async context =>
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (Interlocked.Increment(ref attempts) == 1)
            {
                context.Response.StatusCode = 500;
                return;
            }

            delivered.Enqueue(body);
        });
        WriteDataset("data/a.yaml", "A", "B");

        await RunOnceAsync(Watching("A", new() { ["Alerts:Url"] = server.Address.ToString(), ["Alerts:Tries"] = "2", ["Alerts:RetryDelay"] = "00:00:00" }));

        Assert.Equal([AddedAToB], delivered);
        Assert.Contains("\"pending\": []", File.ReadAllText(P("alerts.jsonl.outbox.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AlertsWithoutWatchOrWithoutTarget_NameTheMissingSetting()
    {
        var watchOnly = new WorkerOptions { Sources = { "data" }, Alerts = { Watch = { "A" } } };
        var fileOnly = new WorkerOptions { Sources = { "data" }, Alerts = { File = "alerts.jsonl" } };

        Assert.Contains(watchOnly.Validate(), p => p.StartsWith("ActorGraph:Worker:Alerts:File and ActorGraph:Worker:Alerts:Url", StringComparison.Ordinal));
        Assert.Contains(fileOnly.Validate(), p => p.StartsWith("ActorGraph:Worker:Alerts:Watch is empty", StringComparison.Ordinal));
    }
}
