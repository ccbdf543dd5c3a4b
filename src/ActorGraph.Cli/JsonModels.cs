using System.Text.Json.Serialization;

namespace ActorGraph.Cli;

// The --json shapes are a public interface that scripts depend on: add fields, never rename or remove them.
internal sealed record StatsJson(int Actors, int Roles, int Relations, int Sources);

internal sealed record StepJson(string Source, string Type, string Target, double Strength, double Weight, double Confidence, IReadOnlyList<EvidenceJson> Evidence, bool? AgainstDirection = null, CorroborationJson? Corroboration = null);

internal sealed record CorroborationJson(int Sources, int Publishers, int Stories)
{
    public static CorroborationJson From(ActorGraph.Core.Model.Corroboration c) => new(c.Sources, c.Publishers, c.Stories);
}

internal sealed record EvidenceJson(string Source, string? Evidence, string? Context);

internal sealed record PathJson(double Strength, IReadOnlyList<string> Actors, IReadOnlyList<StepJson> Steps);

internal sealed record PathsJson(string From, string To, IReadOnlyList<PathJson> Paths);

internal sealed record ClusterJson(int Size, IReadOnlyList<string> Members, string? Label = null);

internal sealed record BrokerJson(string Name, string Id, double Participation, int Clusters);

internal sealed record ClustersJson(string Algorithm, int Seed, double Modularity, IReadOnlyList<ClusterJson> Clusters, IReadOnlyList<BrokerJson>? Brokers = null);

internal sealed record ScoreJson(string Name, string Id, string Kind, double Score, int? In = null, int? Out = null);

internal sealed record RankJson(string By, IReadOnlyList<ScoreJson> Actors);

internal sealed record RoleJson(string Title, string? Of, string? Since, string? Until, IReadOnlyList<string> Sources);

internal sealed record RelationJson(string Source, string Type, string Target, double Weight, double Confidence, double Strength, string? Since, string? Until, IReadOnlyList<EvidenceJson> Evidence, CorroborationJson? Corroboration = null);

internal sealed record ActorJson(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Sources,
    IReadOnlyList<RoleJson> Roles,
    IReadOnlyList<RelationJson> Outgoing,
    IReadOnlyList<RelationJson> Incoming);

internal sealed record IngestErrorJson(string File, int Line, string Field, string Message);

internal sealed record IngestSourceJson(string Path, string? Source, string Outcome, int Actors, int Roles, int Relations, IReadOnlyList<IngestErrorJson> Errors);

internal sealed record IngestJson(int Added, int Updated, int Unchanged, int Rejected, int Failed, IReadOnlyList<IngestSourceJson> Sources);

internal sealed record SourceJson(string Id, string? Title, string? Url, string? Published, string ContentHash, string IngestedAt, string? Origin, string? OriginKind, string? Publisher = null, string? Story = null);

internal sealed record SourcesJson(IReadOnlyList<SourceJson> Sources);

internal sealed record SchemaJson(string Store, bool Applied);

internal sealed record RunJson(string Started, string Ended, int ExitCode, int Added, int Updated, int Unchanged, int Rejected, int Failed, int Retracted, IReadOnlyList<string> Errors);

internal sealed record RunsJson(IReadOnlyList<RunJson> Runs);

internal sealed record ReachedJson(string Name, string Id, string Kind, double Strength, IReadOnlyList<string> Path);

internal sealed record ReachJson(string From, double MinStrength, IReadOnlyList<ReachedJson> Actors);

internal sealed record NeighborJson(string Name, string Id, string Kind, int Distance);

internal sealed record NeighborsJson(string Center, int Depth, IReadOnlyList<NeighborJson> Actors, IReadOnlyList<RelationJson> Relations);

internal sealed record RoleChangeJson(string Person, string Title, string? Of, string? Since, string? Until);

internal sealed record ChangesJson(
    string From,
    string To,
    IReadOnlyList<RelationJson> RelationsBegun,
    IReadOnlyList<RelationJson> RelationsEnded,
    IReadOnlyList<RoleChangeJson> RolesBegun,
    IReadOnlyList<RoleChangeJson> RolesEnded);

internal sealed record ExtractActorJson(string Name, string Kind, IReadOnlyList<string> Aliases);

internal sealed record ExtractRoleJson(string Person, string Title, string? Of, string? Since = null, string? Until = null, string? Rule = null, int? Line = null, string? Evidence = null);

internal sealed record ExtractRelationJson(string Source, string Type, string Target, double Confidence, string Evidence, string? Rule = null, int? Line = null, string? Until = null);

internal sealed record ExtractJson(IReadOnlyList<ExtractActorJson> Actors, IReadOnlyList<ExtractRoleJson> Roles, IReadOnlyList<ExtractRelationJson> Relations, string? Title = null, string? Url = null, string? Published = null);

internal sealed record EvalScoreJson(double Precision, double Recall, double F1, int Gold, int Extracted, int Correct);

internal sealed record DifferenceJson(string Document, string What, string Kind, string Text);

internal sealed record EvalJson(int Documents, EvalScoreJson Relations, IReadOnlyDictionary<string, EvalScoreJson> Types, EvalScoreJson Roles, EvalScoreJson Actors, IReadOnlyList<DifferenceJson>? Differences = null);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StatsJson))]
[JsonSerializable(typeof(PathsJson))]
[JsonSerializable(typeof(ClustersJson))]
[JsonSerializable(typeof(RankJson))]
[JsonSerializable(typeof(ActorJson))]
[JsonSerializable(typeof(IngestJson))]
[JsonSerializable(typeof(SourcesJson))]
[JsonSerializable(typeof(SchemaJson))]
[JsonSerializable(typeof(RunsJson))]
[JsonSerializable(typeof(ReachJson))]
[JsonSerializable(typeof(NeighborsJson))]
[JsonSerializable(typeof(ChangesJson))]
[JsonSerializable(typeof(ExtractJson))]
[JsonSerializable(typeof(EvalJson))]
internal sealed partial class CliJson : JsonSerializerContext;
