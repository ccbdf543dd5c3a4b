using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using ActorGraph.Core.Model;
using ActorGraph.Ingestion.Datasets;

namespace ActorGraph.Ingestion.Importers;

/// <summary>
/// Imports a GDELT 2.0 event file (<c>*.export.CSV</c>, or the <c>.zip</c> GDELT publishes): 61 tab-separated columns,
/// no header. Each file is one source. Only the CAMEO codes that state one of ActorGraph's relations become relations
/// (see <c>docs/importers.md</c>): 163 (impose embargo, boycott or sanctions) is SANCTIONS, 045 (mediate) is
/// FACILITATES, 043 (host a visit) is FACILITATES only when the host is not a party to the talks; everything else,
/// threats such as 1312 included, is left out. Actors are countries and known groups, resolved to the actors that
/// datasets and articles use; other actors (businesses, rebels, media, unnamed people) are left out with their events.
/// </summary>
public static class GdeltImporter
{
    /// <summary>The columns of a GDELT 2.0 event row.</summary>
    public const int ColumnCount = 61;

    private const int MaxLineBytes = 64 * 1024;

    // Column numbers (0-based) of the GDELT 2.0 event codebook.
    private const int GlobalEventId = 0, SqlDate = 1, Actor1Code = 5, Actor1Name = 6, Actor1KnownGroup = 8;
    private const int Actor2Code = 15, Actor2Name = 16, Actor2KnownGroup = 18, EventCode = 26, NumSources = 32, NumArticles = 33, SourceUrl = 60;

    /// <summary>CAMEO codes of meetings and talks: a visitor who has them with a third actor that day was hosted for talks.</summary>
    private static readonly HashSet<string> TalksCodes = new(StringComparer.Ordinal) { "036", "040", "041", "042", "044", "045", "046", "057" };

    /// <summary>Type codes after a country code that still mean the state acting: government, military, legislature.</summary>
    private static readonly HashSet<string> StateTypes = new(StringComparer.Ordinal) { "GOV", "MIL", "LEG" };

    /// <summary>CAMEO known-group codes of the lexicon's organizations.</summary>
    private static readonly Dictionary<string, string> KnownGroups = new(StringComparer.Ordinal)
    {
        ["UNO"] = "United Nations",
        ["NAT"] = "North Atlantic Treaty Organization",
        ["EEC"] = "European Union",
        ["OPC"] = "Organization of the Petroleum Exporting Countries",
        ["IMF"] = "International Monetary Fund",
        ["WBK"] = "World Bank",
        ["ARL"] = "Arab League",
        ["GCC"] = "Gulf Cooperation Council",
        ["ASN"] = "Association of Southeast Asian Nations",
        ["AFR"] = "African Union",
    };

    /// <summary>Whether <paramref name="path"/> is named like a GDELT 2.0 event file (<c>*.export.CSV</c>, zipped or not).</summary>
    public static bool IsGdeltFile(string path) =>
        path.EndsWith(".export.csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".export.csv.zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a GDELT 2.0 event file, zipped (one entry) or not, as one source with id <paramref name="sourceId"/>.</summary>
    public static Task<DatasetReadResult> ReadFileAsync(string path, string sourceId, IngestLimits? limits, CancellationToken cancellationToken = default) =>
        StreamingFile.ReadAsync(path, file => ReadOpenedAsync(path, file, sourceId, limits, cancellationToken));

    private static async Task<DatasetReadResult> ReadOpenedAsync(string path, FileStream file, string sourceId, IngestLimits? limits, CancellationToken cancellationToken)
    {
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadAsync(path, file, sourceId, limits, cancellationToken).ConfigureAwait(false);
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            return DatasetReadResult.Failure([new DatasetError(path, 1, "file", $"not a zip archive: {e.Message}")]);
        }

        using (zip)
        {
            if (zip.Entries is not [var entry])
            {
                return DatasetReadResult.Failure([new DatasetError(path, 1, "file", $"a GDELT archive holds one event file; this one holds {zip.Entries.Count} entries")]);
            }

            try
            {
                var stream = entry.Open();
                await using (stream.ConfigureAwait(false))
                {
                    return await ReadAsync(path, stream, sourceId, limits, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (InvalidDataException e)
            {
                return DatasetReadResult.Failure([new DatasetError(path, 1, "file", $"the archive is damaged: {e.Message}")]);
            }
        }
    }

    /// <summary>Reads GDELT 2.0 event rows from <paramref name="stream"/>; <paramref name="path"/> names it in errors and the source's title.</summary>
    public static async Task<DatasetReadResult> ReadAsync(string path, Stream stream, string sourceId, IngestLimits? limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var reader = new RowReader(path, limits ?? IngestLimits.Default);
        await LineSplitter.ReadAsync(stream, MaxLineBytes, reader.Line, reader.TooLong, cancellationToken).ConfigureAwait(false);
        return reader.Finish(sourceId);
    }

    /// <summary>The CAMEO codes that become relations, and how; for the docs and tests.</summary>
    internal static RelationKind? Mapped(string eventCode) => eventCode switch
    {
        "163" => RelationKind.Sanctions,
        "045" or "043" => RelationKind.Facilitates,
        _ => null,
    };

    private sealed record Event(int Line, string Id, DateOnly Date, Actor? From, Actor? To, string Code, int Sources, int Articles, string? Url);

    private sealed class RowReader(string path, IngestLimits limits)
    {
        private readonly List<DatasetError> _errors = [];
        private readonly List<Event> _events = [];

        // Who met whom on which day, for the host rule of 043.
        private readonly Dictionary<(DateOnly, ActorId), HashSet<ActorId>> _talks = [];
        private int _rows;

        public bool Line(int line, ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return true;
            }

            if (++_rows > limits.MaxStreamedItems)
            {
                Error(line, "file", $"more than the {limits.MaxStreamedItems:N0} rows a streamed source may have (raise it with --limit MaxStreamedItems=N)");
                return false;
            }

            if (!Utf8.IsValid(bytes))
            {
                return Error(line, "encoding", "the line is not valid UTF-8 text");
            }

            var columns = Encoding.UTF8.GetString(bytes).Split('\t');
            if (columns.Length != ColumnCount)
            {
                return Error(line, "columns", $"expected the {ColumnCount} tab-separated columns of a GDELT 2.0 event row, found {columns.Length}");
            }

            if (!DateOnly.TryParseExact(columns[SqlDate], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Error(line, "SQLDATE", $"'{columns[SqlDate]}' is not a date; expected YYYYMMDD");
            }

            var code = columns[EventCode];
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            {
                return Error(line, "EventCode", $"'{code}' is not a CAMEO event code");
            }

            if (Count(line, columns[NumSources], "NumSources") is not { } sources || Count(line, columns[NumArticles], "NumArticles") is not { } articles)
            {
                return Continue();
            }

            var from = Resolve(columns[Actor1Code], columns[Actor1Name], columns[Actor1KnownGroup]);
            var to = Resolve(columns[Actor2Code], columns[Actor2Name], columns[Actor2KnownGroup]);
            if (from is not null && to is not null && from.Id != to.Id && TalksCodes.Contains(code))
            {
                Met(date, from.Id, to.Id);
                Met(date, to.Id, from.Id);
            }

            if (Mapped(code) is not null && from is not null && to is not null && from.Id != to.Id)
            {
                var url = columns[SourceUrl].Trim();
                _events.Add(new Event(line, columns[GlobalEventId], date, from, to, code, sources, articles,
                    url.Length is > 0 and <= 2000 && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : null));
            }

            return Continue();
        }

        public bool TooLong(int line) => Error(line, "line", $"longer than the {MaxLineBytes:N0} bytes a GDELT row may have");

        private void Met(DateOnly date, ActorId visitor, ActorId partner)
        {
            if (!_talks.TryGetValue((date, visitor), out var partners))
            {
                _talks[(date, visitor)] = partners = [];
            }

            partners.Add(partner);
        }

        public DatasetReadResult Finish(string sourceId)
        {
            if (_errors.Count > 0)
            {
                return DatasetReadResult.Failure(_errors);
            }

            var actors = new Dictionary<ActorId, Actor>();
            var relations = new Dictionary<(ActorId, RelationKind, ActorId), List<Event>>();
            foreach (var e in _events)
            {
                // A host that is a party to the talks did not facilitate them: 043 counts only when the visitor met a third actor that day.
                if (e.Code == "043" && !(_talks.TryGetValue((e.Date, e.To!.Id), out var partners) && partners.Any(p => p != e.From!.Id)))
                {
                    continue;
                }

                actors.TryAdd(e.From!.Id, e.From);
                actors.TryAdd(e.To!.Id, e.To);
                var key = (e.From.Id, Mapped(e.Code)!.Value, e.To.Id);
                if (!relations.TryGetValue(key, out var list))
                {
                    relations[key] = list = [];
                }

                list.Add(e);
            }

            var relationList = relations.Select(p => Relation(p.Key, p.Value)).ToList();
            var title = $"GDELT events {Path.GetFileName(path)}";
            return DatasetReadResult.Success(new SourceDocument(new SourceInfo(sourceId, title, null, null), [.. actors.Values], [], relationList));
        }

        /// <summary>One relation from every event that states it: confidence rises with the sources and articles reporting them.</summary>
        private static Relation Relation((ActorId From, RelationKind Kind, ActorId To) key, List<Event> events)
        {
            var sources = events.Sum(e => (long)Math.Max(1, e.Sources));
            var articles = events.Sum(e => (long)Math.Max(1, e.Articles));
            var first = events.Min(e => e.Date);
            var best = events.OrderByDescending(e => e.Articles).ThenBy(e => e.Line).First();
            var codes = string.Join(", ", events.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal));
            var ids = string.Join(", ", events.Take(5).Select(e => e.Id)) + (events.Count > 5 ? $" and {events.Count - 5} more" : string.Empty);
            return new Relation(
                key.From, key.Kind, key.To, Vocabulary.DefaultWeight(key.Kind), Confidence(sources, articles), first, null,
                $"GDELT CAMEO {codes}: events {ids}; {sources} sources, {articles} articles", best.Url);
        }

        private static Actor? Resolve(string code, string name, string knownGroup)
        {
            if (knownGroup.Length > 0 && KnownGroups.TryGetValue(knownGroup, out var groupName))
            {
                return KnownActors.Default.ByName(groupName);
            }

            code = code.Trim();
            if (code.Length >= 3 && code.Length % 3 == 0 && KnownActors.Default.ByCountryCode(code[..3]) is { } country)
            {
                // USA and USAGOV are the United States; USABUS (its businesses) or USAOPP (its opposition) are not.
                for (var at = 3; at < code.Length; at += 3)
                {
                    if (!StateTypes.Contains(code.Substring(at, 3)))
                    {
                        return null;
                    }
                }

                return country;
            }

            // Intergovernmental bodies and groups GDELT names but codes without a known group: by the lexicon's names.
            return code.StartsWith("IGO", StringComparison.Ordinal) || code.Length == 0
                ? KnownActors.Default.ByName(name) is { Kind: not ActorKind.Country } known ? known : null
                : null;
        }

        private int? Count(int line, string text, string field)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Error(line, field, $"'{text}' is not a whole number");
            return null;
        }

        private bool Error(int line, string field, string message)
        {
            _errors.Add(new DatasetError(path, line, field, message));
            return Continue();
        }

        private bool Continue() => _errors.Count < JsonLinesDatasetReader.MaxErrors;
    }

    /// <summary>1 − 0.6 × 0.8^(sources − 1) × 0.97^(articles − 1), at most 0.95: 0.4 for one article from one source.</summary>
    internal static double Confidence(long sources, long articles) =>
        Math.Round(Math.Min(0.95, 1 - (0.6 * Math.Pow(0.8, sources - 1) * Math.Pow(0.97, articles - 1))), 4);
}
