using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

/// <summary>What extraction knows of one article while reading it: its people, actors, roles, relations and the parties of the talks last mentioned.</summary>
internal sealed class DocumentState
{
    private readonly Article _article;
    private readonly Dictionary<string, string?> _surnames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ActorKind Kind, List<string> Aliases, int Order)> _actors = new(StringComparer.Ordinal);
    private readonly List<ExtractedRole> _roles = [];
    private readonly Dictionary<string, string> _organizationsByWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string, RelationKind, string), ExtractedRelation> _relations = [];
    private readonly List<(string Adviser, string Office, ExtractedRole Role)> _officeAdvisers = [];
    private readonly List<(string Adviser, string LeaderTitle, ExtractedRole Role)> _titleAdvisers = [];
    private readonly List<(string Adviser, ExtractedRole Role)> _unplacedAdvisers = [];
    private readonly List<(string Person, TitleClass Office, ExtractedRole Role)> _unplacedLeaders = [];
    private readonly HashSet<string> _countriesNamed = new(StringComparer.Ordinal);
    private readonly Dictionary<TitleClass, (string Title, string Evidence, int Line)> _bareLeaderTitles = [];
    private readonly Dictionary<string, string> _affiliations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _leaders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _leadersByTitle = new(StringComparer.OrdinalIgnoreCase);

    private readonly Lexicon _lexicon;

    public DocumentState(Article article, Lexicon lexicon)
    {
        _article = article;
        _lexicon = lexicon;
    }

    public DateOnly? Published => _article.Published;

    /// <summary>The parties of the talks, meeting or deal most recently mentioned.</summary>
    public IReadOnlyList<Mention>? LastParties { get; set; }

    /// <summary>
    /// Facilitators of a sentence that named no sides when no talks came before ("A helped broker the historic
    /// rapprochement."), waiting for the sides the next sentence names.
    /// </summary>
    public (List<Mention> Facilitators, SentenceContext Sentence, string Rule, double Confidence)? PendingFacilitators { get; set; }

    /// <summary>
    /// "began three-way talks with Armenian Foreign Minister A and his Azerbaijani counterpart B": an official brought
    /// to talks is there for the country the official's role is of.
    /// </summary>
    private void OfficialsAsTheirCountries()
    {
        foreach (var relation in _relations.Values.Where(r => r.Type == RelationKind.Facilitates && _actors.TryGetValue(r.Target, out var t) && t.Kind == ActorKind.Person).ToList())
        {
            if (CountryOf(relation.Target) is not { } country || country == relation.Source)
            {
                continue;
            }

            _relations.Remove((relation.Source, relation.Type, relation.Target));
            _relations.TryAdd((relation.Source, relation.Type, country), relation with { Target = country });
        }
    }

    /// <summary>Whether <paramref name="name"/> already facilitates someone in this article.</summary>
    public bool IsFacilitator(string name) => _relations.Keys.Any(k => k.Item2 == RelationKind.Facilitates && k.Item1 == name);

    /// <summary>The lists of countries and bodies the last sentences named, newest last, for "the four Arab states".</summary>
    public List<IReadOnlyList<Mention>> RecentLists { get; } = [];

    /// <summary>Who imposed the sanctions most recently mentioned, for "The measures also ...".</summary>
    public IReadOnlyList<Mention>? LastSanctioners { get; set; }

    /// <summary>How many sentences ago <see cref="LastSanctioners"/> imposed sanctions.</summary>
    public int SentencesSinceSanction { get; set; } = 1000;

    /// <summary>A sentence announced a list of targets with a colon and named none: the next sentence is that list.</summary>
    public bool ListPending { get; set; }

    /// <summary>An adviser's title announced for appointees not yet named ("appointed the following Special Assistants").</summary>
    public NoticeTitle? Announced { get; set; }

    /// <summary>How many sentences ago <see cref="Announced"/> was announced.</summary>
    public int SentencesSinceAnnouncement { get; set; } = 1000;

    /// <summary>The title whose appointees the list being read names, one a line; null outside such a list.</summary>
    public NoticeTitle? Notice { get; set; }

    /// <summary>How many sentences ago a word for sanctions was last written.</summary>
    public int SentencesSinceSanctionWord { get; set; } = 1000;

    /// <summary>"the Prime Minister" with no holder named by that title so far: the first such sentence of each class.</summary>
    public void NoteBareLeaderTitle(string title, TitleClass office, string evidence, int line) => _bareLeaderTitles.TryAdd(office, (title, evidence, line));

    /// <summary>The article names <paramref name="country"/>, as an actor or as a place ("in Washington").</summary>
    public void NameCountry(string country) => _countriesNamed.Add(country);

    public void LearnPerson(string name, string surname)
    {
        _people.Add(name);

        // "al-Burhan" is also written "Burhan".
        if (surname.Length > 4 && surname[2] == '-' && surname[1] == 'l' && surname[0] is 'a' or 'e' or 'A' or 'E')
        {
            var bare = surname[3..];
            _surnames[bare] = _surnames.TryGetValue(bare, out var known) && known != name ? null : name;
        }

        if (surname.Length > 1 && surname != name)
        {
            _surnames[surname] = _surnames.TryGetValue(surname, out var other) && other != name ? null : name;
        }
        else if (surname == name)
        {
            _surnames.TryAdd(name, name);
        }
    }

    public bool IsKnownPerson(string name) => _people.Contains(name);

    /// <summary>The country a person's role so far is of ("Russian Foreign Minister Sergey Lavrov": Russia), if any.</summary>
    public string? CountryOf(string person) =>
        _roles.FirstOrDefault(r => r.Person == person && r.Of is not null && _actors.TryGetValue(r.Of, out var of) && of.Kind == ActorKind.Country)?.Of;

    public string? PersonBySurname(string word) => _surnames.GetValueOrDefault(word);

    /// <summary>The organization named most recently whose name holds <paramref name="head"/> ("Department"), for "the department".</summary>
    public string? LastOrganizationWith(string head) => _organizationsByWord.GetValueOrDefault(head);

    public void Note(string name, ActorKind kind, string surface)
    {
        if (kind == ActorKind.Organization)
        {
            foreach (var word in name.Split(' '))
            {
                _organizationsByWord[word] = name;
            }
        }

        if (!_actors.TryGetValue(name, out var actor))
        {
            actor = (kind, [], _actors.Count);
            _actors[name] = actor;
        }

        var alias = surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && surface.Length > 4 && char.IsUpper(surface[4]) && kind != ActorKind.Group ? surface[4..] : surface;
        if (alias != name && !actor.Aliases.Contains(alias, StringComparer.Ordinal))
        {
            actor.Aliases.Add(alias);
        }
    }

    public void AddRole(ExtractedRole role, ActorKind ofKind)
    {
        Note(role.Person, ActorKind.Person, role.Person);
        if (role.Of is not null)
        {
            Note(role.Of, ofKind, role.Of);
        }

        _roles.Add(role);
    }

    /// <summary>A relation from each of <paramref name="sources"/> to each of <paramref name="targets"/>, as <see cref="AddRelation"/> adds one.</summary>
    public void AddRelations(IEnumerable<Mention> sources, RelationKind type, IEnumerable<Mention> targets, double confidence, SentenceContext s, string rule)
    {
        var all = targets as IReadOnlyCollection<Mention> ?? [.. targets];
        foreach (var source in sources)
        {
            foreach (var target in all)
            {
                AddRelation(source, type, target, confidence, s, rule);
            }
        }
    }

    public void AddRelation(Mention source, RelationKind type, Mention target, double confidence, SentenceContext s, string rule)
    {
        if (source.Name == target.Name)
        {
            return;
        }

        Note(source.Name, source.Kind, source.Surface);
        Note(target.Name, target.Kind, target.Surface);
        var key = (source.Name, type, target.Name);
        if (!_relations.TryGetValue(key, out var existing) || existing.Confidence < confidence)
        {
            // An ending the article stated stays an ending.
            _relations[key] = new ExtractedRelation(source.Name, type, target.Name, confidence, s.Sentence.Text, rule, s.Line) { Until = existing?.Until };
        }
    }

    /// <summary>The roles the article says were held in the past (they have a last day).</summary>
    public IEnumerable<ExtractedRole> PastRoles => _roles.Where(r => r.Until is not null);

    /// <summary>A relation the article says ended on <paramref name="until"/>: kept as an ending, whatever else the article says of it.</summary>
    public void AddEnding(Mention source, RelationKind type, Mention target, double confidence, SentenceContext s, string rule, DateOnly until)
    {
        if (source.Name == target.Name)
        {
            return;
        }

        Note(source.Name, source.Kind, source.Surface);
        Note(target.Name, target.Kind, target.Surface);
        AddEnding(source.Name, type, target.Name, confidence, s.Sentence.Text, rule, s.Line, until);
    }

    /// <summary>An ending between actors already noted.</summary>
    public void AddEnding(string source, RelationKind type, string target, double confidence, string evidence, string rule, int line, DateOnly until)
    {
        if (source != target)
        {
            _relations[(source, type, target)] = new ExtractedRelation(source, type, target, confidence, evidence, rule, line) { Until = until };
        }
    }

    /// <summary>The first current head of state or government the article names for <paramref name="country"/> (or for no country: "President Bola Tinubu").</summary>
    public void AddLeader(string? country, string person, string title)
    {
        if (country is not null)
        {
            _leaders.TryAdd(country, person);
        }

        _leadersByTitle.TryAdd(title, person);
    }

    /// <summary>Who "the president" or "the prime minister" is in this article: the first holder of that title named.</summary>
    public string? LeaderByTitle(string title) => _leadersByTitle.GetValueOrDefault(title);

    /// <summary>A head of state or government named with no country: placed at the end by the article's affiliations.</summary>
    public void AddUnplacedLeader(string person, TitleClass office, ExtractedRole role) => _unplacedLeaders.Add((person, office, role));

    /// <summary>The article ties <paramref name="person"/> to <paramref name="country"/> ("Venezuela's Nicolas Maduro").</summary>
    public void AddAffiliation(string person, string country) => _affiliations.TryAdd(person, country);

    /// <summary>An adviser to whoever holds a leader's title ("presidential adviser"): resolved at the end to the article's holder of it.</summary>
    public void AddTitleAdviser(string adviser, string leaderTitle, ExtractedRole role) => _titleAdvisers.Add((adviser, leaderTitle, role));

    /// <summary>An adviser appointed by a named person, who is the principal ("Prabowo inaugurated seven special advisers: ...").</summary>
    public void AddAdvice(string adviser, string principal, ExtractedRole role, string rule)
    {
        if (adviser != principal && AddInferred(adviser, RelationKind.Advises, principal, 0.75, role.Evidence, rule, role.Line))
        {
            Note(principal, ActorKind.Person, principal);
        }
    }

    /// <summary>A relation inferred at the end of the article, kept only when no rule found it in a sentence; whether it was added.</summary>
    private bool AddInferred(string source, RelationKind type, string target, double confidence, string evidence, string rule, int line) =>
        _relations.TryAdd((source, type, target), new ExtractedRelation(source, type, target, confidence, evidence, rule, line));

    /// <summary>
    /// An adviser with no principal named: resolved at the end to the article's one leader, when it names only one and
    /// appoints advisers (<see cref="AdvisersAppointed"/>).
    /// </summary>
    public void AddUnplacedAdviser(string adviser, ExtractedRole role) => _unplacedAdvisers.Add((adviser, role));

    /// <summary>Whether a sentence of the article appoints an adviser: the article is one of appointments.</summary>
    public bool AdvisersAppointed { get; set; }

    /// <summary>An adviser to a country's office: resolved at the end to the country's named leader, or the country.</summary>
    public void AddOfficeAdviser(string adviser, string office, ExtractedRole role) => _officeAdvisers.Add((adviser, office, role));

    /// <summary>
    /// Places the heads of state and government named with no country: in the country the article ties them to
    /// ("Venezuela's Nicolas Maduro"), else in the one whose office they held on the article's day by the
    /// office-holders lexicon. The role gains its country, and the person leads it.
    /// </summary>
    private void PlaceLeaders()
    {
        foreach (var (person, office, role) in _unplacedLeaders)
        {
            var (country, rule, confidence) = _affiliations.GetValueOrDefault(person) is { } tied
                ? (tied, "leads.title-affiliation", 0.7)
                : (_lexicon.CountryOfOffice(person, office, Published), "leads.title-office-holder", 0.75);
            if (country is null || (rule == "leads.title-office-holder" && !_countriesNamed.Contains(country)))
            {
                continue;
            }

            var index = _roles.IndexOf(role);
            if (index >= 0)
            {
                _roles[index] = role with { Of = country };
            }

            Note(country, ActorKind.Country, country);
            _leaders.TryAdd(country, person);
            AddInferred(person, RelationKind.Leads, country, confidence, role.Evidence, rule, role.Line);
        }
    }

    /// <summary>
    /// "the Prime Minister", never given to a name in the article, is the one person the article names who held that
    /// office on its day, by the office-holders lexicon, in a country the article names ("Sir Keir Starmer has
    /// appointed …; the Prime Minister said"). With no such person, or several, it stays nobody.
    /// </summary>
    private void PlaceBareLeaderTitles()
    {
        foreach (var (office, (title, evidence, line)) in _bareLeaderTitles)
        {
            if (_leadersByTitle.ContainsKey(title))
            {
                continue;
            }

            var holders = _people
                .Select(p => (Person: p, Country: _lexicon.CountryOfOffice(p, office, Published)))
                .Where(h => h.Country is not null && _countriesNamed.Contains(h.Country))
                .ToList();
            if (holders is not [var (person, country)])
            {
                continue;
            }

            var role = new ExtractedRole(person, title, country, null, null, "role.bare-title-office-holder", evidence, line);
            AddRole(role, ActorKind.Country);
            _leadersByTitle.TryAdd(title, person);
            AddInferred(person, RelationKind.Leads, country!, 0.65, evidence, "leads.bare-title-office-holder", line);
        }
    }

    /// <summary>
    /// "the EU-brokered talks between Pashinyan and Aliyev": a head of state or government brought to talks is there
    /// for the country they lead, so the facilitator facilitates the country (the article's own LEADS say which).
    /// </summary>
    private void PartiesAsTheirCountries()
    {
        var countryOf = _relations.Values
            .Where(r => r.Type == RelationKind.Leads && r.Until is null && _actors.TryGetValue(r.Target, out var target) && target.Kind == ActorKind.Country
                && _actors.TryGetValue(r.Source, out var source) && source.Kind == ActorKind.Person)
            .GroupBy(r => r.Source)
            .Where(g => g.Select(r => r.Target).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Target, StringComparer.Ordinal);
        foreach (var relation in _relations.Values.Where(r => r.Type == RelationKind.Facilitates && countryOf.ContainsKey(r.Target)).ToList())
        {
            var country = countryOf[relation.Target];
            _relations.Remove((relation.Source, relation.Type, relation.Target));
            if (country != relation.Source && !_relations.ContainsKey((relation.Source, relation.Type, country)))
            {
                _relations[(relation.Source, relation.Type, country)] = relation with { Target = country };
            }
        }
    }

    /// <summary>
    /// "The UK government has announced sanctions", "under the mediation of the Saudi government": a government that
    /// sanctions or mediates acts as its country, and the relation is the country's.
    /// </summary>
    private void GovernmentsAsTheirCountries()
    {
        foreach (var relation in _relations.Values.Where(r => r.Type is RelationKind.Sanctions or RelationKind.Facilitates).ToList())
        {
            if (Governed(relation.Source, relation.Type) is not { } country || country == relation.Target)
            {
                continue;
            }

            _relations.Remove((relation.Source, relation.Type, relation.Target));
            if (_relations.TryAdd((country, relation.Type, relation.Target), relation with { Source = country }))
            {
                Note(country, ActorKind.Country, country);
            }
        }
    }

    /// <summary>
    /// The country whose government <paramref name="source"/> names ("the Colombian government"), or, for sanctions, whose
    /// foreign or finance ministry ("the Iranian Foreign Ministry announced sanctions"); null for any other actor.
    /// </summary>
    private string? Governed(string source, RelationKind type)
    {
        if (source.EndsWith(" government", StringComparison.Ordinal))
        {
            return _lexicon.CountryOfGroupPrefix(source[..^" government".Length]);
        }

        // "South Korean Foreign Ministry": the ministry's name after a prefix of one word or more.
        for (var space = source.IndexOf(' ', StringComparison.Ordinal); type == RelationKind.Sanctions && space > 0; space = source.IndexOf(' ', space + 1))
        {
            if (_lexicon.IsWord("sanctioning-ministry", source[(space + 1)..]))
            {
                return _lexicon.CountryOfGroupPrefix(source[..space]);
            }
        }

        return null;
    }

    /// <summary>
    /// "The Iranian delegation and the American delegation met; Oman mediated": a country's delegation brought to
    /// talks is there for its country, so the facilitator facilitates the country.
    /// </summary>
    private void DelegationsAsTheirCountries()
    {
        foreach (var relation in _relations.Values.Where(r => r.Type == RelationKind.Facilitates && r.Target.EndsWith(" delegation", StringComparison.Ordinal)).ToList())
        {
            if (_lexicon.CountryOfGroupPrefix(relation.Target[..^" delegation".Length]) is not { } country || country == relation.Source)
            {
                continue;
            }

            _relations.Remove((relation.Source, relation.Type, relation.Target));
            if (_relations.TryAdd((relation.Source, relation.Type, country), relation with { Target = country }))
            {
                Note(country, ActorKind.Country, country);
            }
        }
    }

    public ExtractionResult Finish()
    {
        PlaceLeaders();
        PlaceBareLeaderTitles();

        foreach (var (adviser, leaderTitle, role) in _titleAdvisers)
        {
            if (_leadersByTitle.GetValueOrDefault(leaderTitle) is { } leader)
            {
                AddAdvice(adviser, leader, role, "advises.title-leader");
            }
        }

        foreach (var (adviser, office, role) in _officeAdvisers)
        {
            var leader = _leaders.GetValueOrDefault(office);
            var target = leader ?? office;
            var key = (adviser, RelationKind.Advises, target);
            if (!_relations.ContainsKey(key))
            {
                _relations[key] = new ExtractedRelation(adviser, RelationKind.Advises, target, leader is null ? 0.7 : 0.75, role.Evidence,
                    leader is null ? "advises.title-office" : "advises.title-leader", role.Line);
                Note(target, leader is null ? ActorKind.Country : ActorKind.Person, target);
            }
        }

        // Only for an article about one country's leader (or whose advisers all serve one principal): with two
        // leaders named, whose adviser is unknown.
        var principals = _relations.Values.Where(r => r.Type == RelationKind.Advises).Select(r => r.Target).Distinct(StringComparer.Ordinal).ToList();
        var leaders = _leaders.Values.Distinct(StringComparer.Ordinal).ToList();
        if (AdvisersAppointed && (leaders is [_] ? leaders : leaders.Count == 0 && principals is [_] ? principals : []) is [var soleLeader])
        {
            foreach (var (adviser, role) in _unplacedAdvisers.Where(a => !_relations.Values.Any(r => r.Source == a.Adviser && r.Type == RelationKind.Advises)))
            {
                // A predecessor's role ends the day before the report ("…, replacing B").
                if (role.Until is { } until && adviser != soleLeader)
                {
                    AddEnding(adviser, RelationKind.Advises, soleLeader, 0.65, role.Evidence, "advises.title-sole-leader", role.Line, until);
                    Note(soleLeader, ActorKind.Person, soleLeader);
                }
                else if (AddInferred(adviser, RelationKind.Advises, soleLeader, 0.65, role.Evidence, "advises.title-sole-leader", role.Line))
                {
                    Note(soleLeader, ActorKind.Person, soleLeader);
                }
            }
        }

        PartiesAsTheirCountries();
        GovernmentsAsTheirCountries();
        DelegationsAsTheirCountries();
        OfficialsAsTheirCountries();

        // A role stated once with and once without its body ("President Trump", "US President Donald Trump") is one role.
        var placed = _roles.Where(o => o.Of is not null).Select(o => (o.Person, o.Title.ToUpperInvariant())).ToHashSet();
        var roles = _roles
            .Where(r => r.Of is not null || !placed.Contains((r.Person, r.Title.ToUpperInvariant())))
            .DistinctBy(r => (r.Person, r.Title.ToLowerInvariant(), r.Of, r.Since, r.Until))
            .ToList();
        var actors = _actors
            .OrderBy(a => a.Value.Order)
            .Select(a => new ExtractedActor(a.Key, a.Value.Kind, a.Value.Aliases.Where(x => x != a.Key).ToList()))
            .ToList();
        return new ExtractionResult(_article, actors, roles, [.. _relations.Values]);
    }
}
