using System.Reflection;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Extraction;

/// <summary>
/// The word lists extraction reads: countries with their demonyms and capitals, organizations, titles, given
/// names and name variants, and the words that shape phrases. They are tab-separated files (<c>Lexicons/*.tsv</c>);
/// the built-in ones ship inside the assembly, and a folder of files with the same names adds to them.
/// </summary>
public sealed class Lexicon
{
    /// <summary>The file names a lexicon folder may hold.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["countries.tsv", "organizations.tsv", "titles.tsv", "given-names.tsv", "person-names.tsv", "office-holders.tsv", "words.tsv", "cues.tsv"];

    private static readonly Lazy<Lexicon> BuiltIn = new(() => Build(null));

    private readonly Dictionary<string, LexiconEntry> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TitleClass> _titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _singleHolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _givenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _personVariants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OfficeHolding>> _officeHoldings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _groupPrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong> _cueMasks = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _cueBits = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countryNames = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, string>> _countryByPrefix;
    private readonly Lazy<HashSet<string>> _titlePrefixes;
    private readonly Lazy<HashSet<string>> _entityPrefixes;

    private Lexicon()
    {
        _titlePrefixes = new(() => Prefixes(_titles.Keys, StringComparer.OrdinalIgnoreCase));
        _entityPrefixes = new(() => Prefixes(_entities.Keys, StringComparer.Ordinal));
        _countryByPrefix = new(() => _groupPrefixes
            .GroupBy(p => p.Value, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal));
    }

    /// <summary>The built-in lexicons.</summary>
    public static Lexicon Default => BuiltIn.Value;

    /// <summary>The longest entity phrase, in tokens.</summary>
    internal int MaxEntityTokens { get; private set; } = 1;

    /// <summary>The longest title, in tokens.</summary>
    internal int MaxTitleTokens { get; private set; } = 1;

    /// <summary>
    /// The built-in lexicons plus the files found in <paramref name="folder"/>; without a folder, the shared
    /// <see cref="Default"/>, read once per process.
    /// </summary>
    /// <exception cref="LexiconException">A file in the folder has a malformed line.</exception>
    public static Lexicon Load(string? folder) => folder is null ? Default : Build(folder);

    private static Lexicon Build(string? folder)
    {
        var lexicon = new Lexicon();
        var assembly = typeof(Lexicon).Assembly;
        foreach (var name in FileNames)
        {
            using var stream = assembly.GetManifestResourceStream("ActorGraph.Extraction.Lexicons." + name)
                ?? throw new InvalidOperationException($"The built-in lexicon {name} is missing from the assembly.");
            using var reader = new StreamReader(stream);
            lexicon.Add(name, name, reader.ReadToEnd());
        }

        if (folder is not null)
        {
            if (!Directory.Exists(folder))
            {
                throw new LexiconException($"{folder}: no such lexicon folder");
            }

            foreach (var name in FileNames)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    lexicon.Add(name, path, File.ReadAllText(path));
                }
            }
        }

        lexicon.AddOfficialNames();
        return lexicon;
    }

    /// <summary>"Republic of Trinidad and Tobago": each official-name prefix of <c>words.tsv</c> before each country's name.</summary>
    private void AddOfficialNames()
    {
        if (!_words.TryGetValue("official-prefix", out var prefixes))
        {
            return;
        }

        foreach (var country in _countryNames)
        {
            var entry = new LexiconEntry(country, ActorKind.Country, EntityForm.Name, null);
            foreach (var prefix in prefixes)
            {
                AddEntity($"{prefix} {country}", entry, replace: false);
                AddEntity($"the {prefix} {country}", entry, replace: false);
            }
        }
    }

    internal bool TryEntity(string phrase, out LexiconEntry entry) => _entities.TryGetValue(phrase, out entry!);

    internal bool TryTitle(string phrase, out TitleClass titleClass) => _titles.TryGetValue(phrase, out titleClass);

    /// <summary>A title phrase looked up without making a string of it.</summary>
    internal bool TryTitle(ReadOnlySpan<char> phrase, out TitleClass titleClass) =>
        _titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase, out titleClass);

    /// <summary>An entity phrase (tokens joined by spaces) looked up without making a string of it.</summary>
    internal bool TryEntity(ReadOnlySpan<char> phrase, out LexiconEntry entry) =>
        _entities.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase, out entry!);

    /// <summary>Whether some title phrase goes on past <paramref name="phrase"/>: while none does, a longer match is not worth looking for.</summary>
    internal bool IsTitlePrefix(ReadOnlySpan<char> phrase) => _titlePrefixes.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(phrase);

    /// <summary>Whether some entity phrase goes on past <paramref name="phrase"/>.</summary>
    internal bool IsEntityPrefix(ReadOnlySpan<char> phrase) => _entityPrefixes.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(phrase);

    /// <summary>Every proper beginning of the phrases that ends where a token does (before a space, or at either side of a hyphen).</summary>
    private static HashSet<string> Prefixes(IEnumerable<string> phrases, StringComparer comparer)
    {
        var prefixes = new HashSet<string>(comparer);
        foreach (var phrase in phrases)
        {
            for (var j = 1; j < phrase.Length; j++)
            {
                if (phrase[j] is ' ' or '-')
                {
                    prefixes.Add(phrase[..j]);
                }

                if (phrase[j - 1] == '-')
                {
                    prefixes.Add(phrase[..j]);
                }
            }
        }

        return prefixes;
    }

    /// <summary>
    /// Whether <paramref name="title"/> is a single-holder office (<c>single</c> in the third column of
    /// <c>titles.tsv</c>): one person holds it per body at a time. Case, accents and punctuation do not matter.
    /// </summary>
    public bool IsSingleHolder(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _singleHolder.Contains(NameKey.Fold(title));
    }

    internal bool IsWord(string group, string word) => _words.TryGetValue(group, out var set) && set.Contains(word);

    /// <summary>Whether <paramref name="word"/> is in the cue group <paramref name="group"/> of <c>cues.tsv</c> (case ignored).</summary>
    internal bool IsCue(string group, string word) => _cues.TryGetValue(group, out var set) && set.Contains(word);

    /// <summary>The cue groups <paramref name="word"/> is in, one bit a group (see <see cref="CueBit"/>); 0 for none.</summary>
    internal ulong CueMask(string word) => _cueMasks.GetValueOrDefault(word);

    /// <summary>The bit of a cue group in <see cref="CueMask"/>; 0 for a group no file names.</summary>
    internal ulong CueBit(string group) => _cueBits.TryGetValue(group, out var bit) ? 1UL << bit : 0;

    /// <summary>The words of a cue group.</summary>
    internal IReadOnlyCollection<string> Cues(string group) => _cues.TryGetValue(group, out var set) ? set : [];

    internal bool IsGivenName(string token) => _givenNames.ContainsKey(token);

    /// <summary>The country whose delegations and bodies are named with <paramref name="prefix"/> ("UK", "Saudi"), if one is.</summary>
    internal string? CountryOfGroupPrefix(string prefix) =>
        _countryByPrefix.Value.GetValueOrDefault(prefix);

    /// <summary>How a country's delegation or body is named: "US delegation", "Russian delegation", "Sudanese army".</summary>
    internal string GroupPrefix(string country) => _groupPrefixes.GetValueOrDefault(country) ?? country;

    /// <summary>The spelling ActorGraph uses for a person's name: variants of the full name and of the given name resolved.</summary>
    internal string CanonicalPersonName(string name)
    {
        if (_personVariants.TryGetValue(NameKey.Fold(name), out var canonical))
        {
            return canonical;
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && _givenNames.TryGetValue(name[..space], out var given) && given != name[..space])
        {
            var renamed = given + name[space..];
            return _personVariants.TryGetValue(NameKey.Fold(renamed), out var known) ? known : renamed;
        }

        return name;
    }

    /// <summary>
    /// The country whose head-of-state or head-of-government office (<paramref name="office"/>) the person held on
    /// <paramref name="day"/>, per <c>office-holders.tsv</c>; without a day, the one country the person ever held it
    /// in. Null when the lexicon does not know, or knows more than one answer.
    /// </summary>
    internal string? CountryOfOffice(string person, TitleClass office, DateOnly? day)
    {
        if (!_officeHoldings.TryGetValue(NameKey.Fold(person), out var holdings))
        {
            return null;
        }

        var countries = holdings
            .Where(h => h.Office == office && (day is not { } d || ((h.Since is null || h.Since <= d) && (h.Until is null || d <= h.Until))))
            .Select(h => h.Country)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>The person a single word names by one of its listed spellings ("Lawrow"), if any.</summary>
    internal string? PersonBySpelling(string word) => _personVariants.GetValueOrDefault(NameKey.Fold(word));

    /// <summary>Whether <paramref name="name"/> is written as <c>office-holders.tsv</c> writes a head of state or government.</summary>
    internal bool IsOfficeHolder(string name) => _officeHoldings.ContainsKey(NameKey.Fold(name));

    private void Add(string name, string origin, string text)
    {
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            string Column(int i) => i < columns.Length ? columns[i].Trim() : string.Empty;
            if (Column(0).Length == 0)
            {
                throw new LexiconException($"{origin}:{lineNumber}: the first column is empty");
            }

            switch (name)
            {
                case "countries.tsv":
                    _countryNames.Add(Column(0));
                    AddEntity(Column(0), new LexiconEntry(Column(0), ActorKind.Country, EntityForm.Name, null));
                    AddEach(Column(1), new LexiconEntry(Column(0), ActorKind.Country, EntityForm.Name, null));
                    AddEach(Column(2), new LexiconEntry(Column(0), ActorKind.Country, EntityForm.Demonym, null));
                    AddEach(Column(3), new LexiconEntry(Column(0), ActorKind.Country, EntityForm.Metonym, null));
                    // "US delegation", "UAE delegation", but "Saudi delegation": an acronym when it is the first other name.
                    var acronym = Values(Column(1)).Take(1).FirstOrDefault(v => v.Length <= 3 && v.All(char.IsUpper));
                    var demonym = Values(Column(2)).FirstOrDefault();
                    _groupPrefixes[Column(0)] = acronym ?? demonym ?? Column(0);
                    break;
                case "organizations.tsv":
                    if (!Vocabulary.TryParseKind(Column(1), out var kind) || kind is not (ActorKind.Organization or ActorKind.Group))
                    {
                        throw new LexiconException($"{origin}:{lineNumber}: kind: '{Column(1)}' is not organization or group");
                    }

                    var country = Column(3).Length == 0 ? null : Column(3);
                    AddEntity(Column(0), new LexiconEntry(Column(0), kind, EntityForm.Name, country));
                    AddEach(Column(2), new LexiconEntry(Column(0), kind, EntityForm.Name, country));
                    break;
                case "titles.tsv":
                    if (!Enum.TryParse<TitleClass>(Column(1).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var titleClass))
                    {
                        throw new LexiconException($"{origin}:{lineNumber}: class: '{Column(1)}' is not a title class");
                    }

                    _titles[Column(0)] = titleClass;
                    switch (Column(2))
                    {
                        case "":
                            break;
                        case "single":
                            _singleHolder.Add(NameKey.Fold(Column(0)));
                            break;
                        default:
                            throw new LexiconException($"{origin}:{lineNumber}: holders: '{Column(2)}' is not 'single' (or empty)");
                    }

                    MaxTitleTokens = Math.Max(MaxTitleTokens, Tokenizer.Tokenize(Column(0)).Count);
                    break;
                case "given-names.tsv":
                    _givenNames.TryAdd(Column(0), Column(0));
                    foreach (var variant in Values(Column(1)))
                    {
                        _givenNames[variant] = Column(0);
                    }

                    break;
                case "person-names.tsv":
                    _personVariants[NameKey.Fold(Column(0))] = Column(0);
                    foreach (var variant in Values(Column(1)))
                    {
                        _personVariants[NameKey.Fold(variant)] = Column(0);
                    }

                    break;
                case "office-holders.tsv":
                    AddOfficeHolding(Column, origin, lineNumber);
                    break;
                case "cues.tsv":
                    AddWord(_cues, Column(0), Column(1), StringComparer.OrdinalIgnoreCase, origin, lineNumber);
                    if (!_cueBits.TryGetValue(Column(0), out var bit))
                    {
                        if (_cueBits.Count == 64)
                        {
                            throw new LexiconException($"{origin}:{lineNumber}: more than 64 cue groups");
                        }

                        _cueBits[Column(0)] = bit = _cueBits.Count;
                    }

                    _cueMasks[Column(1)] = _cueMasks.GetValueOrDefault(Column(1)) | (1UL << bit);
                    break;
                default:
                    AddWord(_words, Column(0), Column(1), StringComparer.Ordinal, origin, lineNumber);
                    break;
            }
        }
    }

    private void AddOfficeHolding(Func<int, string> column, string origin, int lineNumber)
    {
        if (!Enum.TryParse<TitleClass>(column(2).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var office)
            || office is not (TitleClass.HeadOfState or TitleClass.HeadOfGovernment))
        {
            throw new LexiconException($"{origin}:{lineNumber}: class: '{column(2)}' is not head-of-state or head-of-government");
        }

        if (column(3).Length == 0)
        {
            throw new LexiconException($"{origin}:{lineNumber}: country: empty");
        }

        var holding = new OfficeHolding(office, column(3), Day(column(4), "since"), Day(column(5), "until"));
        foreach (var name in Values(column(1)).Prepend(column(0)))
        {
            var key = NameKey.Fold(name);
            if (!_officeHoldings.TryGetValue(key, out var holdings))
            {
                _officeHoldings[key] = holdings = [];
            }

            holdings.Add(holding);
        }

        DateOnly? Day(string text, string field)
        {
            if (text.Length == 0)
            {
                return null;
            }

            return IsoDate.TryParse(text, out var day)
                ? day
                : throw new LexiconException($"{origin}:{lineNumber}: {field}: '{text}' is not a date (YYYY-MM-DD)");
        }
    }

    private static void AddWord(Dictionary<string, HashSet<string>> groups, string group, string word, StringComparer comparer, string origin, int lineNumber)
    {
        if (word.Length == 0)
        {
            throw new LexiconException($"{origin}:{lineNumber}: the second column (the word) is empty");
        }

        if (!groups.TryGetValue(group, out var set))
        {
            groups[group] = set = new HashSet<string>(comparer);
        }

        set.Add(word);
    }

    private static string[] Values(string column) =>
        column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void AddEach(string column, LexiconEntry entry)
    {
        foreach (var value in Values(column))
        {
            AddEntity(value, entry);
        }
    }

    /// <summary>Adds a phrase and its variants; with <paramref name="replace"/> false, a phrase already known keeps its actor.</summary>
    private void AddEntity(string phrase, LexiconEntry entry, bool replace = true)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var key = string.Join(' ', tokens.Select(t => t.Text));

        // "the Kremlin" is also matched as "The Kremlin" at the start of a sentence, and as "Kremlin".
        if (replace)
        {
            _entities[key] = entry;
        }
        else if (!_entities.TryAdd(key, entry))
        {
            return;
        }

        MaxEntityTokens = Math.Max(MaxEntityTokens, tokens.Count);

        // "US Treasury" is also written "U.S. Treasury".
        var dotted = string.Join(' ', tokens.Select(t => t.Text is "US" or "UK" or "UN" or "EU" ? $"{t.Text[0]}.{t.Text[1]}." : t.Text));
        if (dotted != key)
        {
            _entities.TryAdd(dotted, entry);
        }
        if (tokens.Count > 1 && tokens[0].Text == "the")
        {
            _entities.TryAdd("The" + key[3..], entry);
        }
    }
}

/// <summary>How a lexicon phrase names its actor.</summary>
internal enum EntityForm
{
    /// <summary>The name or another name: "Russia", "Russian Federation".</summary>
    Name,

    /// <summary>The adjective or people: "Russian".</summary>
    Demonym,

    /// <summary>A capital or seat standing for the country: "Moscow", "the Kremlin".</summary>
    Metonym,
}

/// <summary>A term in a country's top office, from <c>office-holders.tsv</c>; dates inclusive, null when open.</summary>
internal sealed record OfficeHolding(TitleClass Office, string Country, DateOnly? Since, DateOnly? Until);

/// <summary>A lexicon phrase: the actor it names and how.</summary>
internal sealed record LexiconEntry(string Name, ActorKind Kind, EntityForm Form, string? Country);

/// <summary>What a title says about the relations of its holder.</summary>
public enum TitleClass
{
    /// <summary>Leads the country it is of.</summary>
    HeadOfState,

    /// <summary>Leads the country it is of.</summary>
    HeadOfGovernment,

    /// <summary>Leads the body it is of.</summary>
    Head,

    /// <summary>Advises the named principal, or the office.</summary>
    Adviser,

    /// <summary>A deputy: the role only.</summary>
    Deputy,

    /// <summary>An envoy or representative: the role only.</summary>
    Envoy,

    /// <summary>A minister or secretary: the role only.</summary>
    Minister,

    /// <summary>A member of a body: the role only.</summary>
    Member,

    /// <summary>A spokesperson: the role only.</summary>
    Spokesperson,

    /// <summary>Any other title: the role only.</summary>
    Other,
}

/// <summary>A lexicon file that cannot be read.</summary>
public sealed class LexiconException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LexiconException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public LexiconException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
