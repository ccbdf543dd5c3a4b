using System.Text.Json.Serialization;

namespace ActorGraph.Worker;

/// <summary>What the health file says after each cycle; a container health check reads <see cref="LastSuccess"/>.</summary>
/// <param name="LastCycleStart">When the last cycle began.</param>
/// <param name="LastCycleEnd">When it ended.</param>
/// <param name="ExitCode">Its exit code: 0 success, 1 failure, 3 some files rejected.</param>
/// <param name="LastSuccess">When a cycle last ended without failure.</param>
/// <param name="LastError">The last cycle's first error, if any.</param>
public sealed record WorkerHealth(DateTimeOffset LastCycleStart, DateTimeOffset LastCycleEnd, int ExitCode, DateTimeOffset? LastSuccess, string? LastError);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(WorkerHealth))]
internal sealed partial class WorkerJson : JsonSerializerContext;
