using ActorGraph.Core.Model;
using ActorGraph.Extraction;

namespace ActorGraph.Extraction.Tests;

public sealed class ExtractorTests
{
    private static readonly Extractor Extractor = new();

    private static ExtractionResult Extract(string text, DateOnly? published = null) =>
        Extractor.Extract(new Article(null, null, published, text, 1));

    private static HashSet<string> Relations(ExtractionResult result) =>
        [.. result.Relations.Select(r => $"{r.Source} {Vocabulary.Name(r.Type)} {r.Target}")];

    [Fact]
    public void Extract_SeedReport_GivesItsLeadersFacilitatorsAndAdvisersWithEvidence()
    {
        var text = File.ReadAllText(Testing.Repository.File("tests", "corpus", "00-riyadh-talks.txt"));
        var result = Extract(text);
        var relations = Relations(result);

        Assert.Contains("Marco Rubio LEADS US delegation", relations);
        Assert.Contains("Sergey Lavrov LEADS Russian delegation", relations);
        Assert.Contains("Mohammed bin Salman FACILITATES United States", relations);
        Assert.Contains("Mohammed bin Salman FACILITATES Russia", relations);
        Assert.Contains("Saudi Arabia FACILITATES Ukraine", relations);
        Assert.Contains("Yuri Ushakov ADVISES Vladimir Putin", relations);
        Assert.Contains(result.Roles, r => r.Person == "Marco Rubio" && r.Title == "Secretary of State" && r.Of == "United States");
        Assert.Contains(result.Roles, r => r.Person == "Keith Kellogg" && r.Title == "Ukraine envoy" && r.Of == "Donald Trump");

        var led = result.Relations.Single(r => r.Source == "Marco Rubio" && r.Type == RelationKind.Leads);
        Assert.StartsWith("US Secretary of State Marco Rubio led the American delegation", led.Evidence, StringComparison.Ordinal);
        Assert.Equal("leads.verb", led.Rule);
        Assert.Contains(result.Actors, a => a.Name == "Russia" && a.Kind == ActorKind.Country && a.Aliases.Contains("Moscow"));
    }

    [Theory]
    [InlineData("Britain sanctioned Rosneft but not Lukoil on Friday.", "United Kingdom SANCTIONS Rosneft", "Lukoil")]
    [InlineData("The United States imposed sanctions on Rosneft, but not on Lukoil.", "United States SANCTIONS Rosneft", "Lukoil")]
    public void Extract_NegatedTargets_AreLeftOut(string sentence, string expected, string excluded)
    {
        var relations = Relations(Extract(sentence));

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.EndsWith(excluded, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The European Union threatened sanctions on Belarus over the border crisis.")]
    [InlineData("The European Union could impose sanctions on Belarus next month.")]
    [InlineData("Washington is considering new sanctions against Venezuela.")]
    [InlineData("The United States has not imposed sanctions on Saudi Aramco.")]
    [InlineData("Lithuania expelled a Belarusian diplomat and detained two Belarusian citizens.")]
    [InlineData("If talks fail, Britain would impose sanctions on Iran.")]
    [InlineData("The European Union lifted sanctions on Syria on Tuesday.")]
    public void Extract_ThreatsHypotheticalsLiftingAndExpulsions_AreNotSanctions(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Relations, r => r.Type == RelationKind.Sanctions);
    }

    [Fact]
    public void Extract_PassiveAndNominalFacilitation_ReachEveryParty()
    {
        var relations = Relations(Extract(
            "Officials from India and Pakistan held talks on Saturday. The talks were facilitated by the United States and Saudi Arabia."));

        Assert.Contains("United States FACILITATES India", relations);
        Assert.Contains("Saudi Arabia FACILITATES Pakistan", relations);

        var nominal = Relations(Extract("Israel and Hamas agreed a truce under Qatari mediation."));
        Assert.Contains("Qatar FACILITATES Israel", nominal);
        Assert.Contains("Qatar FACILITATES Hamas", nominal);
    }

    [Fact]
    public void Extract_HostThatIsAParty_DoesNotFacilitate()
    {
        var relations = Relations(Extract("Russia hosted talks with Ukraine in Moscow on Monday."));

        Assert.DoesNotContain(relations, r => r.Contains("FACILITATES", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HeadOfTitles_LeadTheirBodyAndDeputiesDoNot()
    {
        var result = Extract("Kirill Dmitriev, head of the Russian Direct Investment Fund, met investors. Deputy Prime Minister Alexander Novak of Russia also spoke.");
        var relations = Relations(result);

        Assert.Contains("Kirill Dmitriev LEADS Russian Direct Investment Fund", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Alexander Novak LEADS", StringComparison.Ordinal));
        Assert.Contains(result.Roles, r => r.Person == "Kirill Dmitriev" && r.Title == "head" && r.Of == "Russian Direct Investment Fund");
    }

    [Fact]
    public void Extract_Advisers_AdviseTheNamedPrincipalOrTheOffice()
    {
        var named = Relations(Extract("Yuri Ushakov, an aide to Vladimir Putin, spoke to reporters."));
        Assert.Contains("Yuri Ushakov ADVISES Vladimir Putin", named);

        var office = Relations(Extract("French presidential adviser Emmanuel Bonne travelled to Beirut."));
        Assert.Contains("Emmanuel Bonne ADVISES France", office);

        var leader = Relations(Extract("French President Emmanuel Macron arrived on Monday. French presidential adviser Emmanuel Bonne travelled with him."));
        Assert.Contains("Emmanuel Bonne ADVISES Emmanuel Macron", leader);
    }

    [Fact]
    public void Extract_FormerAndElectTitles_AreDatedRolesNotCurrentLeadership()
    {
        var published = new DateOnly(2025, 3, 1);
        var result = Extract("Former President Joe Biden of the United States spoke on Monday. Romanian President-elect Nicusor Dan thanked voters.", published);

        var former = Assert.Single(result.Roles, r => r.Person == "Joe Biden");
        Assert.Equal(published.AddDays(-1), former.Until);
        var elect = Assert.Single(result.Roles, r => r.Person == "Nicusor Dan");
        Assert.Equal(published.AddDays(1), elect.Since);
        Assert.Equal("President", elect.Title);
        Assert.DoesNotContain(result.Relations, r => r.Type == RelationKind.Leads && r.Until is null);

        // The former president's leadership is kept as an ending, with its last day.
        var ended = Assert.Single(result.Relations, r => r.Type == RelationKind.Leads);
        Assert.Equal(("Joe Biden", "United States", published.AddDays(-1)), (ended.Source, ended.Target, ended.Until));
    }

    [Fact]
    public void Extract_TransliterationsAndSurnames_ResolveToOnePerson()
    {
        var result = Extract("Russian Foreign Minister Sergei Lavrov arrived in Ankara. Lavrov said talks would continue. German media called him Lawrow.");

        var lavrov = Assert.Single(result.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("Sergey Lavrov", lavrov.Name);
        Assert.Contains("Sergei Lavrov", lavrov.Aliases);
        Assert.Contains("Lawrow", lavrov.Aliases);
        Assert.Equal("sergey-lavrov", ActorId.FromName(lavrov.Name).Value);
    }

    [Fact]
    public void Extract_PlacesAfterPrepositions_AreNotActors()
    {
        var result = Extract("Turkey hosted talks between Russia and Ukraine in Istanbul and later in Riyadh.");

        Assert.DoesNotContain(result.Actors, a => a.Name == "Saudi Arabia");
        Assert.Contains("Turkey FACILITATES Russia", Relations(result));
    }

    [Theory]
    [InlineData("Qatari Emir Sheikh Tamim bin Hamad Al Thani hosted French President Emmanuel Macron in Doha.", "FACILITATES")]
    [InlineData("The talks in Cairo were chaired by Egyptian Foreign Minister Badr Abdelatty.", "Egypt")]
    [InlineData("The United States announced new sanctions against three Iranian drone makers.", "SANCTIONS Iran")]
    public void Extract_VisitsPlacesAndPeopleOfACountry_AreNotWhatARelationReaches(string sentence, string excluded)
    {
        Assert.DoesNotContain(Relations(Extract(sentence)), r => r.Contains(excluded, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TitledPrincipalsHonorificsAndUnknownNamedTargets_AreRead()
    {
        var result = Extract("Ali Larijani, a senior adviser to Supreme Leader Ali Khamenei, met officials. Qatari Emir Sheikh Tamim bin Hamad Al Thani spoke. Japan imposed an asset freeze on Kuds Aviation.");
        var relations = Relations(result);

        Assert.Contains("Ali Larijani ADVISES Ali Khamenei", relations);
        Assert.Contains("Tamim bin Hamad Al Thani LEADS Qatar", relations);
        Assert.Contains("Japan SANCTIONS Kuds Aviation", relations);
    }

    [Fact]
    public void Extract_PresidentRanksDatelinesAndAppositions_AreReadAsAReaderWould()
    {
        var result = Extract("ABUJA - Nigerian President Bola Tinubu appointed General Olufemi Oluyede as chief of defence staff. "
            + "Nuhu Ribadu, the national security adviser, has advised the president for months. "
            + "Andriy Yermak, head of Zelenskiy's office, led the Ukrainian delegation.");
        var relations = Relations(result);

        Assert.Contains("Nuhu Ribadu ADVISES Bola Tinubu", relations);
        Assert.Contains("Andriy Yermak LEADS Ukrainian delegation", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Zelenskiy", StringComparison.Ordinal));
        Assert.Contains(result.Roles, r => r.Person == "Olufemi Oluyede" && r.Title == "chief of defence staff");
        Assert.DoesNotContain(result.Actors, a => a.Name == "ABUJA");
    }

    [Fact]
    public void Extract_SanctionTargets_AreTheNamedBodiesNotTheirPossessorsOrAdjectives()
    {
        var relations = Relations(Extract(
            "The European Union and Britain imposed fresh sanctions on dozens of tankers in Russia's shadow fleet and on the Dubai-based trader Coral Energy. "
            + "The U.S. Treasury, which sanctioned Coral Energy's chief executive last year, did not join. "
            + "Switzerland froze the assets of Russian billionaire Oleg Deripaska's holding company."));

        Assert.Contains("European Union SANCTIONS Coral Energy", relations);
        Assert.Contains("United Kingdom SANCTIONS Coral Energy", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("US Department of the Treasury", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.StartsWith("Switzerland", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Contains("Dubai", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShuttleDiplomacyAndDirectorOfAnUnnamedOffice_FacilitateAndLeadNothing()
    {
        var result = Extract("Omani Foreign Minister Badr Albusaidi has carried messages between Tehran and Washington for weeks. "
            + "Witkoff is accompanied by Michael Anton, the State Department's director of policy planning.");
        var relations = Relations(result);

        Assert.Contains("Badr Albusaidi FACILITATES Iran", relations);
        Assert.Contains("Badr Albusaidi FACILITATES United States", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Michael Anton LEADS", StringComparison.Ordinal));
        Assert.Contains(result.Roles, r => r.Person == "Michael Anton" && r.Title == "director of policy planning" && r.Of == "US Department of State");
    }

    [Fact]
    public void Extract_SameTextTwice_GivesTheSameResult()
    {
        var text = File.ReadAllText(Testing.Repository.File("tests", "corpus", "00-riyadh-talks.txt"));
        var first = Extract(text).ToDocument("seed");
        var second = Extract(text).ToDocument("seed");

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.NotEmpty(first.Relations);
    }

    [Fact]
    public void Extract_UnreadableProse_GivesAnEmptyResultNotAnError()
    {
        var junk = string.Concat(Enumerable.Repeat("%%% ### 1234 ;;; ", 2000));
        var result = Extract(junk);

        Assert.Empty(result.Relations);
        Assert.Empty(result.Roles);
    }
}

public sealed class ExtractionResultTests
{
    [Fact]
    public void Extract_SpellingsThatShareAnId_BecomeOneActorInTheSourceDocument()
    {
        var result = new Extractor().Extract("The European Union imposed sanctions on HAMAS. Egypt hosted talks between Israel and Hamas.");

        var document = result.ToDocument("doc");

        Assert.Equal(document.Actors.Count, document.Actors.Select(a => a.Id).Distinct().Count());
        var hamas = Assert.Single(document.Actors, a => a.Id == ActorId.FromName("Hamas"));
        Assert.Contains(hamas.Aliases.Append(hamas.Name), n => n == "HAMAS");
    }
}
