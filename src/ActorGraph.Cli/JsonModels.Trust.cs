using System.Text.Json.Serialization;

namespace ActorGraph.Cli;

// The --json shapes of disputes, timeline and changes --since-run: a public interface, like those of JsonModels.cs.
internal sealed record DisputeClaimJson(string Source, string Says, string? Evidence, string? Url = null);

internal sealed record DisputeJson(string Kind, IReadOnlyList<string> Actors, IReadOnlyList<DisputeClaimJson> Claims);

internal sealed record DisputesJson(IReadOnlyList<DisputeJson> Disputes);

internal sealed record RelationKeyJson(string Source, string Type, string Target);

internal sealed record TimelineRoleJson(string Title, string? Of);

internal sealed record TimelineEntryJson(string? Date, bool Undated, string Change, string Kind, string Text, TimelineRoleJson? Role, RelationKeyJson? Relation, IReadOnlyList<string> Sources);

internal sealed record TimelineJson(string Actor, string Id, IReadOnlyList<TimelineEntryJson> Entries);

internal sealed record RunChangeJson(long Run, string Change, RelationKeyJson Relation, IReadOnlyList<string> Sources);

internal sealed record RunChangesJson(long SinceRun, IReadOnlyList<RunChangeJson> Changes);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DisputesJson))]
[JsonSerializable(typeof(TimelineJson))]
[JsonSerializable(typeof(RunChangesJson))]
internal sealed partial class TrustJson : JsonSerializerContext;
