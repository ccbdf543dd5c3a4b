using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

public sealed partial class Extractor
{

    private void BindRoles(SentenceContext s, DocumentState document)
    {
        // "Venezuela's Nicolas Maduro": a country's possessive right before a person's name ties the person to it.
        foreach (var person in s.Mentions.Where(m => m is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null }))
        {
            if (person.Start >= 2 && s.Tokens[person.Start - 1].IsPossessive && s.At(person.Start - 2) is { Type: MentionType.Actor, Kind: ActorKind.Country, Head: null } country)
            {
                document.AddAffiliation(person.Name, country.Name);
            }
        }

        foreach (var title in s.Mentions.Where(m => m.Type == MentionType.Title).ToList())
        {
            if (title.Head is not null)
            {
                continue;
            }

            // "Deputy Commander-in-Chief Soe Win": a title right before another qualifies it.
            if (s.At(title.End) is { Type: MentionType.Title } following && following.Start == title.End)
            {
                title.Head = following;
                continue;
            }

            var left = WalkLeft(s, title.Start - 1, title.TitleClass == TitleClass.Adviser);

            // Before the name: "Russian Foreign Minister Sergey Lavrov", "Russia's foreign minister, Sergey Lavrov".
            var next = title.End;
            if (s.Word(next) == "," && s.At(next) is null)
            {
                next++;
            }

            // "Trump's senior advisor and Middle East envoy, Steve Witkoff", "Saudi Crown Prince and Prime Minister
            // Mohammed bin Salman": both titles are the name's, and what stands before the first is the second's too.
            Mention? coordinated = null;
            if (s.Word(next) == "and" && s.At(next) is null)
            {
                for (var j = next + 1; j < s.Tokens.Count && j <= next + 4; j++)
                {
                    if (s.At(j) is { Type: MentionType.Title, Head: null } second)
                    {
                        coordinated = j == next + 1 ? second : null;
                        next = s.Word(second.End) == "," ? second.End + 1 : second.End;
                        break;
                    }

                    if (s.At(j) is null && !s.Tokens[j].IsCapitalized)
                    {
                        break;
                    }
                }
            }

            // An honorific between title and name: "Qatari Emir Sheikh Tamim bin Hamad Al Thani", "…, the Honourable A".
            next = AfterHonorific(s, next);

            if (s.At(next) is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null } person && person.Start == next)
            {
                // "President Prabowo Subianto of Indonesia": the body after the name, when none stands before the title.
                var after = left.Actors.Count == 0 && s.Word(person.End) == "of" && OfPhrase(s, person.End) is { Actor.Kind: not ActorKind.Person } of ? of : ((Mention Actor, bool To)?)null;
                Bind(s, document, title, person, left, after, "role.title-before-name");
                if (coordinated is not null)
                {
                    Bind(s, document, coordinated, person, left, after, "role.title-before-name");
                }

                continue;
            }

            // "President of Ukraine Volodymyr Zelenskyy", "the Chairperson of the African Union Commission Moussa Faki",
            // "the President of Rwanda, Paul Kagame": the body the title is of sits between title and name.
            if (left.Actors.Count == 0 && s.Word(next) == "of" && OfPhrase(s, next) is { Actor.Kind: not ActorKind.Person } body)
            {
                var named = body.Actor.End;
                if (s.Word(named) == "(" && s.Word(named + 2) == ")")
                {
                    named += 3;
                }

                if (s.Word(named) == ",")
                {
                    named++;
                }

                // "the Vice President of Nicaragua and First Lady, Rosario Murillo": a second title coordinated after the body.
                // "… and Chairman of the Caribbean Community (CARICOM), the Honourable A": the second title's own body too.
                Mention? second = null;
                (Mention Actor, bool To)? secondBody = null;
                var andTitleAt = named + 1;
                while (s.Word(named) == "and" && s.At(andTitleAt) is null && andTitleAt < named + 4 && (_lexicon.IsCue("qualifier", s.Word(andTitleAt)) || s.Word(andTitleAt) == "-"))
                {
                    andTitleAt++;
                }

                if (s.Word(named) == "and" && s.At(andTitleAt) is { Type: MentionType.Title, Head: null } andTitle && andTitle.Start == andTitleAt)
                {
                    second = andTitle;
                    named = andTitle.End;
                    if (s.Word(named) == "of" && OfPhrase(s, named) is { Actor.Kind: not ActorKind.Person } ofSecond)
                    {
                        secondBody = ofSecond;
                        named = ofSecond.Actor.End;
                        if (s.Word(named) == "(" && s.Word(named + 2) == ")")
                        {
                            named += 3;
                        }
                    }

                    named = s.Word(named) == "," ? named + 1 : named;
                }

                named = AfterHonorific(s, named);

                // "The head of the Ukrainian delegation, Ukrainian Defence Minister Rustem Umerov, said": after the comma
                // the person may carry a title of their own (bound by itself), with the country it is of before it.
                if (s.Word(named - 1) == "," && second is null)
                {
                    var own = s.At(named) is { Type: MentionType.Actor, Kind: ActorKind.Country } country && country.Start == named ? country.End : named;
                    if (s.At(own) is { Type: MentionType.Title, Head: null } ownTitle && ownTitle.Start == own
                        && s.At(ownTitle.End) is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null } titled && titled.Start == ownTitle.End)
                    {
                        named = titled.Start;
                    }
                }

                if (s.At(named) is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null } bodyHead && bodyHead.Start == named)
                {
                    Bind(s, document, title, bodyHead, left, body, "role.title-before-name");
                    if (second is not null)
                    {
                        Bind(s, document, second, bodyHead, WalkLeft(s, second.Start - 1), secondBody, "role.title-before-name");
                    }

                    continue;
                }
            }

            // "UN special envoy for Yemen Hans Grundberg": the title's topic sits between title and name.
            var afterTopic = s.At(next + 1) is { Type: MentionType.Actor } t ? (s.Word(t.End) == "," ? t.End + 1 : t.End) : -1;
            if (s.Word(next) is "for" or "on" or "to" && s.At(next + 1) is { Type: MentionType.Actor } topic && topic.Kind != ActorKind.Person
                && s.At(afterTopic) is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null } envoy && envoy.Start == afterTopic)
            {
                topic.Head = envoy;
                Bind(s, document, title, envoy, left, after: null, "role.title-before-name", topicSuffix: $" {s.Word(next)} {topic.Surface}");
                continue;
            }

            // "The head of the US delegation was the country's Special Envoy to the Middle East, Steve Witkoff": the
            // title is said of the person the copula names.
            if (title.TitleClass == TitleClass.Head && s.Word(title.Start - 1) is "The" or "the" && OfPhrase(s, title.End) is { Actor.Kind: not ActorKind.Person } headed
                && s.Word(headed.Actor.End) is "was" or "is" && CopulaPerson(s, headed.Actor.End + 1) is { } copulaPerson)
            {
                Bind(s, document, title, copulaPerson, left, headed, "role.copula");
                continue;
            }

            // "South Korea's new national security adviser will be Chang Ho-jin": the copula names the holder.
            var copula = s.Word(next) is "will" or "would" && s.Word(next + 1) == "be" ? next + 1 : next;
            var owned = s.Word(title.Start - 1) is "new" or "next" && s.At(title.Start - 1) is null ? WalkLeft(s, title.Start - 2, title.TitleClass == TitleClass.Adviser) : left;
            if (owned.Actors.Count > 0 && (copula > next || s.Word(next) is "is" or "was") && s.At(copula) is null
                && s.At(copula + 1) is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null } copulaHolder && copulaHolder.Start == copula + 1)
            {
                Bind(s, document, title, copulaHolder, owned, after: null, "role.copula");
                continue;
            }

            // After the name: "Kirill Dmitriev, head of the Russian Direct Investment Fund", "Yuri Ushakov, an aide to Putin".
            var k = left.Edge - 1;

            // "Massad Boulos, US President Donald Trump's Africa adviser": the owner's own title and country are part of the owner.
            while (left.Actors.Count > 0 && s.At(k) is { } ownerPart && ownerPart.Resolve() == left.Actors[0].Resolve())
            {
                k = ownerPart.Start - 1;
            }

            var glue = 0;
            var sawComma = false;
            while (k >= 0 && s.At(k) is null && glue < 6)
            {
                // "appointed A, a politician, as one of his chief advisers": "one of" before the title.
                if (s.Word(k) == "of" && s.Word(k - 1) == "one" && s.At(k - 1) is null)
                {
                    k -= 2;
                    glue += 2;
                    continue;
                }

                if (!_lexicon.IsCue("role-glue", s.Word(k)))
                {
                    break;
                }

                sawComma |= s.Word(k) is "," or "-" or "–" or "—" or "(";
                k--;
                glue++;
            }

            var glueWords = s.Tokens.Skip(k + 1).Take(glue).Select(t => t.Text).ToList();

            // "Tinubu appointed then Speaker X": an active appointment verb follows the appointer, not the holder.
            var activeAppointment = glueWords.FirstOrDefault(w => w is "appointed" or "named" or "elected") is { } verb
                && !glueWords.TakeWhile(w => w != verb).Any(w => w is "was" or "were" or "is" or "been" or "be" or "being");

            // "appointed Dr Sydney Mufamadi, who last year led a review panel, as his new national security adviser":
            // ", as TITLE" after an apposition is the title of the person the apposition describes.
            if (glueWords.Count >= 2 && glueWords[0] == "," && glueWords[1] == "as" && s.At(k)?.Resolve() is not { Kind: ActorKind.Person }
                && AppointeeBefore(s, k + 1) is { } appointee)
            {
                Bind(s, document, title, appointee, left, OfPhrase(s, title.End), "role.title-after-name");
                continue;
            }

            // "Medinsky, head of the Russian delegation and an adviser to ...": what ends before the glue may belong to the holder.
            if (glue > 0 && !activeAppointment && s.At(k)?.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Person } holder && s.At(k)!.End == k + 1
                && (sawComma || glueWords.Any(w => w is "appointed" or "named" or "elected" or "became" or "as") || (glueWords[0] == "and" && s.At(k) != holder)))
            {
                // "Bogdanov, the Director General and Vice Chairman of Surgutneftegaz": the body after the second title.
                // "Special Adviser and Personal Envoy of Lula": qualifiers may stand before the second title.
                var ofAt = title.End;
                var secondAt = ofAt + 1;
                while (s.Word(ofAt) == "and" && s.At(secondAt) is null && secondAt < ofAt + 3 && _lexicon.IsCue("qualifier", s.Word(secondAt)))
                {
                    secondAt++;
                }

                if (s.Word(ofAt) == "and" && s.At(secondAt) is { Type: MentionType.Title } second && second.Start == secondAt)
                {
                    ofAt = second.End;
                }

                var after = OfPhrase(s, ofAt);

                // "to replace Andriy Yermak as head of the office": the holder held the title until now.
                var replaced = _lexicon.IsCue("replace-verb", s.Word(s.At(k)!.Start - 1));
                Bind(s, document, title, holder.Resolve(), replaced ? left with { Past = true } : left, after, "role.title-after-name");

                // "Oreshkin and Medinsky were appointed as presidential aides", "the reappointment of A and B as advisors":
                // every holder of a plural verb or a plural title.
                if (glueWords.Any(w => w is "were" or "are") || (glueWords.Contains("as") && title.Surface.EndsWith('s')))
                {
                    var j = PhraseStart(s, holder, s.At(k)!.Start) - 1;
                    while (s.Word(j) is "and" or "," && s.At(j - 1)?.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Person } other && other != holder)
                    {
                        var copy = new Mention { Start = title.Start, End = title.End, Type = MentionType.Title, Name = title.Name, TitleClass = title.TitleClass, Surface = title.Surface };
                        Bind(s, document, copy, other, left, after, "role.title-after-name");
                        j = PhraseStart(s, other, s.At(j - 1)!.Start) - 1;
                    }
                }

                // The rest of the apposition belongs to the holder too: "Yermak, head of Zelenskiy's office, led ...".
                for (var j = title.End; j < s.Tokens.Count && j < title.End + 8 && s.Word(j) is not ("," or "and" or "as" or ";"); j++)
                {
                    // "media adviser to Hamas leader Ismail Haniyeh": a body right before another title is that title's.
                    if (s.At(j + 1) is { Type: MentionType.Title } && s.At(j)?.End == j + 1)
                    {
                        break;
                    }

                    if (s.At(j) is { Type: MentionType.Actor, Head: null, Kind: not ActorKind.Person } inner && inner != holder.Resolve())
                    {
                        inner.Head = holder.Resolve();
                    }
                }
            }
        }
    }

    private void Bind(SentenceContext s, DocumentState document, Mention title, Mention person, LeftSide left, (Mention Actor, bool To)? after, string rule, string topicSuffix = "")
    {
        Mention? of = left.Actors.Count > 0 ? left.Actors[0] : null;
        Mention? principal = of is { Kind: ActorKind.Person } ? of : null;
        var inner = left.Actors.Skip(1).Select(a => a.Surface).ToList();
        if (after is { } phrase)
        {
            // "an adviser to Putin", "Special Adviser and Personal Envoy of Lula": a person after the title is its principal.
            if (phrase.Actor.Kind == ActorKind.Person && (phrase.To || of is null))
            {
                principal = phrase.Actor;
                of ??= phrase.Actor;
            }
            else if (of is null || !phrase.To)
            {
                if (of is not null)
                {
                    inner.Insert(0, of.Surface);
                }

                of = phrase.Actor;
            }

            // A principal stays a person of its own: "an advisor to President Vladimir Putin" still names Putin's title.
            if (principal != phrase.Actor && phrase.Actor.Kind != ActorKind.Person)
            {
                phrase.Actor.Head = person;
            }
        }

        title.Head = person;
        foreach (var actor in left.Actors)
        {
            actor.Head = person;
        }

        // "former", "ex-" and "then-" end the role the day before publication; "-elect", "incoming" and "designate"
        // start it the day after.
        var isPast = left.Past || TimePrefixes.Any(p => title.Surface.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        var timed = isPast || left.Future || TitleSuffixes.Any(x => title.Surface.EndsWith(x, StringComparison.OrdinalIgnoreCase));
        DateOnly? since = null, until = null;
        if (timed)
        {
            if (document.Published is not { } published)
            {
                // Without the article's date a past or future role has no time to carry; it is left out rather than made current.
                return;
            }

            if (isPast)
            {
                until = published.AddDays(-1);
            }
            else
            {
                since = published.AddDays(1);
            }
        }

        // Qualifying countries come between the owner and the title: "Trump's Ukraine envoy".
        var qualifiers = left.Actors.Count > 1 && !timed ? inner.Concat(left.Words) : left.Words.Concat(inner);
        var titleText = string.Join(' ', qualifiers.Append(StripTimeMarks(title.Surface)));

        // "director of policy planning" heads an unnamed part of its body, not the body.
        var unnamed = after is null ? UnnamedBody(s, title.End) : null;
        if (unnamed is not null)
        {
            topicSuffix += " " + unnamed;
        }

        var role = new ExtractedRole(person.Name, titleText + topicSuffix, of?.Name, since, until, rule, s.Sentence.Text, s.Line);
        document.AddRole(role, of?.Kind ?? ActorKind.Organization);
        if (timed)
        {
            return;
        }

        var titleClass = left.Deputy ? TitleClass.Deputy : title.TitleClass;
        if (titleClass is TitleClass.HeadOfState or TitleClass.HeadOfGovernment && of is null or { Kind: ActorKind.Country })
        {
            document.AddLeader(of?.Name, person.Name, title.Name);
            if (of is null)
            {
                // "President Nicolas Maduro", and elsewhere "Venezuela's Nicolas Maduro": the article ties him to Venezuela.
                document.AddUnplacedLeader(person.Name, titleClass, role);
            }
        }

        if (titleClass == TitleClass.Adviser && IsAppointment(s))
        {
            document.AdvisersAppointed = true;
        }

        // "the President appointed Dele Alake as his Special Adviser": the appointing person is the principal.
        if (titleClass == TitleClass.Adviser && principal is null && of is not { Kind: ActorKind.Organization } && Appointer(s, person) is { } appointer)
        {
            principal = appointer;
        }

        // "presidential adviser X", "an adviser to the President": the article's president, once it names one.
        if (titleClass == TitleClass.Adviser && principal is null && of is null && LeaderTitleOf(s, title, left, after) is { } leaderTitle)
        {
            document.AddTitleAdviser(person.Name, leaderTitle, role);
            return;
        }

        switch (titleClass)
        {
            // "Egyptian intelligence chief" leads the intelligence service, not Egypt: a qualified head of a country leads nothing named.
            // "the RSF commander for North Darfur" leads a part of the RSF, not the RSF.
            case TitleClass.Head when of is { Kind: ActorKind.Country or ActorKind.Organization } && (inner.Count > 0 || unnamed is not null || left.Words.Any(w => !IsPlainLeader(title, w)) || (s.Word(title.End) == "for" && after is null)):
                break;
            case TitleClass.HeadOfState or TitleClass.HeadOfGovernment or TitleClass.Head when of is not null && of.Kind != ActorKind.Person:
                document.AddRelation(person, RelationKind.Leads, of, 0.85, s, "leads.title");

                // "the commander of Maduro's Presidential Guard and Venezuela's Directorate General of Military
                // Counter-Intelligence": a second body coordinated after the first is led too.
                if (after is { To: false } led && led.Actor == of && SecondBody(s, of) is { } secondBody)
                {
                    document.AddRelation(person, RelationKind.Leads, secondBody, 0.8, s, "leads.title");
                }

                break;

            // "Secretary of the Department of National Defense", "Minister of the Ministry of Mines": a minister
            // leads the ministry named after the title (not one a title only implies, as "Treasury Secretary").
            case TitleClass.Minister when !left.Deputy && after is { To: false } ministry && of == ministry.Actor && of.Kind == ActorKind.Organization
                && of.Name.Split(' ').Any(w => w is "Ministry" or "Department"):
                document.AddRelation(person, RelationKind.Leads, of, 0.8, s, "leads.minister");
                break;
            case TitleClass.Adviser when principal is not null:
                document.AddRelation(person, RelationKind.Advises, principal, 0.85, s, "advises.title-principal");
                if (SecondPrincipal(s, principal) is { } second)
                {
                    document.AddRelation(person, RelationKind.Advises, second, 0.8, s, "advises.title-principal");
                }

                break;
            case TitleClass.Adviser when of is { Kind: ActorKind.Country }:
                document.AddOfficeAdviser(person.Name, of.Name, role);
                break;
            case TitleClass.Adviser when of is not null:
                document.AddRelation(person, RelationKind.Advises, of, 0.75, s, "advises.title-office");
                break;

            // "Shin was appointed as the new national security adviser", "Nzai was named Advisor, Political Affairs",
            // "Others are A (Special Adviser, Health)": an adviser with no principal named, in an article of
            // appointments, serves the article's one leader, if it has only one.
            case TitleClass.Adviser when of is null && !left.Deputy:
                document.AddUnplacedAdviser(person.Name, role);

                // "A was appointed as the new national security adviser, replacing B": B held the post until the day
                // before the report.
                if (Replaced(s, title.End) is { } predecessor && predecessor.Name != person.Name)
                {
                    document.AddUnplacedAdviser(predecessor.Name, role with { Person = predecessor.Name, Since = null, Until = document.Published?.AddDays(-1) });
                }

                break;
            default:
                break;
        }
    }

    /// <summary>"military leader" of a country leads it; "opposition leader" and "intelligence chief" do not.</summary>
    private static bool IsPlainLeader(Mention title, string qualifier) =>
        title.Name.Equals("leader", StringComparison.OrdinalIgnoreCase)
        && qualifier.ToLowerInvariant() is "military" or "top" or "supreme" or "national" or "de facto" or "interim" or "transitional" or "junta";

    private static readonly string[] TimePrefixes = ["ex-", "then-"];

    /// <summary>The title without "ex-", "then-", "-elect" or "-designate".</summary>
    private static string StripTimeMarks(string surface)
    {
        // Called for nearly every token: no allocation unless a mark is there.
        foreach (var prefix in TimePrefixes)
        {
            if (surface.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                surface = surface[prefix.Length..];
            }
        }

        foreach (var suffix in TitleSuffixes)
        {
            if (surface.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                surface = surface[..^suffix.Length];
            }
        }

        return surface;
    }
}
