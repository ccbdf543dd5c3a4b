using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Model;

/// <summary>
/// Everything one source asserts: the unit that is written in one transaction, replaced when the source changes
/// and retracted when it vanishes.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>Creates a document; the content hash is computed from the assertions, not from the file's bytes.</summary>
    public SourceDocument(SourceInfo source, IReadOnlyList<Actor> actors, IReadOnlyList<Role> roles, IReadOnlyList<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(relations);
        Source = source;
        Actors = actors;
        Roles = roles;
        Relations = relations;
        ContentHash = ComputeHash(source, actors, roles, relations);
    }

    private SourceDocument(SourceDocument document, SourceOrigin? origin)
    {
        Source = document.Source;
        Actors = document.Actors;
        Roles = document.Roles;
        Relations = document.Relations;
        ContentHash = document.ContentHash;
        Origin = origin;
    }

    /// <summary>The source's description.</summary>
    public SourceInfo Source { get; }

    /// <summary>The actors the source names.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The roles the source states.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>The relations the source states.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>
    /// Where the assertions were read from, when known. Not part of <see cref="ContentHash"/>: a file that moves with
    /// the same content is the same source, and writing it only updates the origin the store records.
    /// </summary>
    public SourceOrigin? Origin { get; }

    /// <summary>The same assertions, read from <paramref name="origin"/>.</summary>
    public SourceDocument WithOrigin(SourceOrigin? origin) => new(this, origin);

    /// <summary>
    /// SHA-256 (hex) over a canonical form of the assertions; equal for documents that assert the same,
    /// whatever their formatting or key order.
    /// </summary>
    public string ContentHash { get; }

    private static string ComputeHash(SourceInfo source, IReadOnlyList<Actor> actors, IReadOnlyList<Role> roles, IReadOnlyList<Relation> relations)
    {
        var lines = new List<string>(actors.Count + roles.Count + relations.Count + 1)
        {
            Line("source", source.Id, source.Title, source.Url?.OriginalString, IsoDate.Format(source.Published)),
        };
        // Publisher and fingerprint join the hash only when present, so sources without them keep their hash.
        if (source.Publisher is not null || source.Fingerprint is not null)
        {
            lines[0] += Line(string.Empty, source.Publisher, source.Fingerprint);
        }

        lines.AddRange(actors.Select(a => Line("actor", a.Id.Value, a.Name, Vocabulary.Name(a.Kind), string.Join('\u001f', a.Aliases.Order(StringComparer.Ordinal)))));
        lines.AddRange(roles.Select(r => Line("role", r.Person.Value, r.Title, r.Of?.Value, IsoDate.Format(r.Since), IsoDate.Format(r.Until))));
        lines.AddRange(relations.Select(r => Line(
            "relation", r.Source.Value, Vocabulary.Name(r.Kind), r.Target.Value,
            r.Weight.ToString("R", CultureInfo.InvariantCulture), r.Confidence.ToString("R", CultureInfo.InvariantCulture),
            IsoDate.Format(r.Since), IsoDate.Format(r.Until), r.Context, r.Evidence)));

        // The first line (the source) stays first; the assertions are a set, so their order does not count.
        lines.Sort(1, lines.Count - 1, StringComparer.Ordinal);

        // The lines joined by '\n', hashed as they come: a million assertions never make one string of them all.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[4096];
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                hash.AppendData("\n"u8);
            }

            var size = Encoding.UTF8.GetMaxByteCount(lines[i].Length);
            if (size > buffer.Length)
            {
                buffer = new byte[size];
            }

            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(lines[i], buffer));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Line(params string?[] fields) =>
        string.Join('\u001e', fields.Select(f => f is null ? "\u0000" : f));
}
