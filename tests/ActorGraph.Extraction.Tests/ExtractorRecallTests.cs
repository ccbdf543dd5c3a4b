namespace ActorGraph.Extraction.Tests;

/// <summary>
/// More constructions of the development set of real reports, each in a sentence of our own: bodies whose names run
/// through "of the", "for" and "and", and sanctions whose targets and imposer are named in the ways news releases
/// name them.
/// </summary>
public sealed class ExtractorRecallTests
{
    public static TheoryData<string, string[], string[]> Constructions() => new()
    {
        // ---- bodies named at length
        {
            "The northern delegation was led by Ri Chol Min, chairman of the Committee for the Peaceful Settlement of the Borderlands.",
            ["Ri Chol Min LEADS Committee for the Peaceful Settlement of the Borderlands"], ["Ri Chol Min LEADS Committee"]
        },
        {
            "Also appointed were Dr Amaka Obi, Director-General, National Institute for Fisheries and Forestry, and Dr Musa Bello, Director-General, Bureau of Public Works.",
            ["Amaka Obi LEADS National Institute for Fisheries and Forestry", "Musa Bello LEADS Bureau of Public Works"],
            ["Amaka Obi LEADS National Institute for Fisheries and Forestry and Dr Musa Bello"]
        },
        {
            "The delegation included the Chief of the General Staff, Pavel Orlov.",
            ["Pavel Orlov LEADS General Staff"], []
        },
        {
            "Norway sanctioned Karim Saleh, the commander of the Desert Force of the Northern Guard Corps.",
            ["Norway SANCTIONS Karim Saleh", "Karim Saleh LEADS Desert Force"], ["Karim Saleh LEADS Desert Force of the Northern Guard Corps"]
        },
        {
            "Norway sanctioned four officials on Friday, including Petr Lind, director of the General Supply Bureau of the North's People's Army, and Ola Berg.",
            ["Petr Lind LEADS General Supply Bureau", "Norway SANCTIONS Ola Berg"], ["Petr Lind LEADS People's Army"]
        },

        // ---- sanctions: imposer and targets named as releases name them
        {
            "Norway on Friday imposed sanctions on two officials and a shipping firm, Oslo's Foreign Ministry said.",
            [], ["Norway SANCTIONS Foreign Ministry", "Norway SANCTIONS Norwegian Foreign Ministry"]
        },
        {
            "Norway imposed sanctions on six people on Friday. The move followed a missile test. The measures were long expected, officials said. The six individuals are former officials, including Erik Dahl and Lars Moen. They also designated Ola Berg and Kari Lund.",
            ["Norway SANCTIONS Erik Dahl", "Norway SANCTIONS Ola Berg", "Norway SANCTIONS Kari Lund"], []
        },
        {
            "Canada sanctioned more officials on Tuesday. Russian propagandists who have been designated include Oleg Marin. A troll farm, the Northern Media Agency, has also been sanctioned.",
            ["Canada SANCTIONS Oleg Marin", "Canada SANCTIONS Northern Media Agency"], ["Canada SANCTIONS Russia"]
        },
        {
            "Norway imposed sanctions on Russia on Friday. Assets of several banks were also frozen, including Volga Bank, DOM.RF, Severbank and Otkrytaya Bank.",
            ["Norway SANCTIONS DOM.RF", "Norway SANCTIONS Severbank", "Norway SANCTIONS Otkrytaya Bank"], ["Norway SANCTIONS DOM"]
        },
        {
            "Norway has implemented a range of sanctions against Belarus, following Minsk's crackdown.",
            ["Norway SANCTIONS Belarus"], []
        },
        {
            "Radio Nord reported that the government formally endorsed today the latest sanctions on Belarus.",
            [], ["Radio Nord SANCTIONS Belarus"]
        },
        {
            "The head of the Ghanaian delegation, Ghanaian Defence Minister Kwame Asante, said the talks went well.",
            ["Kwame Asante LEADS Ghanaian delegation"], []
        },
        {
            "President Amara Okoye appointed Dr. Chidi Obi, a lawyer and a graduate of economics, as one of his chief advisers on Monday.",
            ["Chidi Obi ADVISES Amara Okoye"], []
        },
        {
            "President Amara Okoye appointed Chidi Obi as his assistant on Monday.",
            ["Chidi Obi ADVISES Amara Okoye"], []
        },
        {
            "Prime Minister Amara Okoye of Ghana spoke on Monday. John Mensah has been reappointed as the National Security Advisor (NSA), effective from June 10.",
            ["John Mensah ADVISES Amara Okoye"], []
        },

        // ---- a head of state whose name holds a word that is otherwise no name
        {
            "Turkey's president held a phone call with Somali President Hassan Sheikh Mohamud on Monday.",
            ["Hassan Sheikh Mohamud LEADS Somalia"], []
        },

        // ---- advisers appointed with no principal named
        {
            "President Amara Okoye of Ghana reshuffled his team on Monday. Current Defence Minister Kwame Asante was appointed as the new national security adviser, replacing Kofi Mensah.",
            ["Kwame Asante ADVISES Amara Okoye", "Kofi Mensah ADVISES Amara Okoye"], ["Current LEADS Defence"]
        },
        {
            "President Amara Okoye of Ghana met Prime Minister Rishi Sunak of the United Kingdom. Kwame Asante was appointed as the new national security adviser.",
            [], ["Kwame Asante ADVISES Amara Okoye", "Kwame Asante ADVISES Rishi Sunak"]
        },
        {
            "Norway imposed sanctions on several groups on Monday. The sanctioned entities include the so-called Friends of Free Iceland, the Committee in Search of Truth (CST), Radio Nord Persian, Karl Berg Co., and Nord Bayern Maschinenbau Co.",
            ["Norway SANCTIONS Friends of Free Iceland", "Norway SANCTIONS Committee in Search of Truth", "Norway SANCTIONS Karl Berg Co"],
            ["Norway SANCTIONS Friends"]
        },
        {
            "Chile announced reciprocal sanctions on institutions in Peru. In response, Chile's Foreign Ministry said it announces sanctions against Lima Holdings and Andes Mining Corporation.",
            ["Chile SANCTIONS Lima Holdings", "Chile SANCTIONS Andes Mining Corporation"], ["Chilean Foreign Ministry SANCTIONS Lima Holdings"]
        },
        {
            "In response, Seoul's Foreign Ministry said it announces sanctions against Lima Holdings.",
            ["South Korea SANCTIONS Lima Holdings"], ["South Korean Foreign Ministry SANCTIONS Lima Holdings"]
        },
        {
            "While the Northern Front is already designated as a terrorist organisation by Norway, the new decision freezes more assets.",
            ["Norway SANCTIONS Northern Front"], []
        },
        {
            "A statement from the Council of the European Union said so. In December, the Council added Northern Front commanders Erik Dahl and Lars Moen to the list.",
            ["Council of the European Union SANCTIONS Erik Dahl", "Council of the European Union SANCTIONS Lars Moen"], []
        },
        {
            "The Ghanaian team was led by Kwame Asante, head of the Ghanaian presidential office. Norway imposed new sanctions on Iran's intelligence ministry.",
            ["Kwame Asante LEADS Ghanaian presidential office", "Norway SANCTIONS Iranian intelligence ministry"], ["Norway SANCTIONS Iran"]
        },
        {
            "President Amara Okoye appointed Chidi Obi as his Special Adviser on Security. Others are Ngozi Eze (Special Adviser, Health) and Tunde Bello (Special Adviser, Trade).",
            ["Chidi Obi ADVISES Amara Okoye", "Ngozi Eze ADVISES Amara Okoye", "Tunde Bello ADVISES Amara Okoye"], []
        },
        {
            "Norway sanctioned Pavel Orlov, the commander of the Northern Guard Corps and Russia's Coastal Defence Agency; and Ivan Petrov.",
            ["Pavel Orlov LEADS Northern Guard Corps", "Pavel Orlov LEADS Coastal Defence Agency", "Norway SANCTIONS Ivan Petrov"], ["Pavel Orlov LEADS Russia"]
        },
        {
            "Norway has decided to sanction four foreign arms firms, namely Nordic Systems Land and Sea, Baltic Techsystems Operation, AeroNord and Data Link Solutions.",
            ["Norway SANCTIONS Nordic Systems Land and Sea", "Norway SANCTIONS Baltic Techsystems Operation", "Norway SANCTIONS AeroNord", "Norway SANCTIONS Data Link Solutions"],
            ["Norway SANCTIONS Nordic Systems", "Norway SANCTIONS AeroNord and Data Link Solutions"]
        },
        {
            "Norway imposed sanctions on Iran on Monday. The package will also designate Nordic Propulsion Design Bureau (NPDB), which designs parts, as well as the Iranian Space Agency, which develops rockets.",
            ["Norway SANCTIONS Nordic Propulsion Design Bureau", "Norway SANCTIONS Iranian Space Agency"], []
        },
    };

    [Theory]
    [InlineData("Norway sanctioned a member of the National Assembly of France Pierre Martin on Monday.", "Pierre Martin", "National Assembly of France Pierre Martin")]
    [InlineData("While the Northern Front is already designated as a terrorist organisation by Norway, more may follow.", "Northern Front", "While the Northern Front")]
    [InlineData("Norway sanctioned Volga Bank, DOM.RF and Severbank.", "DOM.RF", "DOM")]
    [InlineData("Current Defence Minister Kwame Asante was appointed as the new national security adviser.", "Kwame Asante", "Current")]
    [InlineData("The Chinese delegation led by Vice Premier Liu He arrived in Oslo. He spoke briefly.", "Liu He", "He")]
    public void Extract_NameBoundaries_AreWhereTheNamesEnd(string text, string actor, string notActor)
    {
        var actors = Sentences.Extract(text).Actors.Select(a => a.Name).ToList();

        Assert.Contains(actor, actors);
        Assert.DoesNotContain(notActor, actors);
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public void Extract_Construction_GivesItsRelationsAndNoOthers(string text, string[] expected, string[] forbidden) =>
        Sentences.AssertGives(text, expected, forbidden);
}
