using System.CommandLine.Parsing;
using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli;

/// <summary>How the commands write dates, evidence and relations, in tables and in JSON alike.</summary>
internal static class CliFormat
{
    public static string? Date(DateOnly? date) => IsoDate.Format(date);

    public static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date; expected YYYY-MM-DD");
        return null;
    }

    public static List<EvidenceJson> Evidence(IEnumerable<Provenance> provenance) =>
        [.. provenance.Select(p => new EvidenceJson(p.SourceId, p.Evidence, p.Context))];

    public static RelationJson RelationToJson(GraphSnapshot snapshot, GraphRelation r)
    {
        string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
        return new RelationJson(NameOf(r.Source), Vocabulary.Name(r.Kind), NameOf(r.Target), r.Weight, r.Confidence, r.Strength, Date(r.Since), Date(r.Until), Evidence(r.Provenance),
            CorroborationJson.From(r.Corroboration));
    }
}
