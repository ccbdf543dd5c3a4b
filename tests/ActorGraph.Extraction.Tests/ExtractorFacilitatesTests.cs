namespace ActorGraph.Extraction.Tests;

/// <summary>
/// The FACILITATES constructions the development set showed where mediators and sides are not named in one "A mediated
/// between B and C" (docs/extraction.md lists them), each with a sentence of our own: what it must give, and what it
/// must not.
/// </summary>
public sealed class ExtractorFacilitatesTests
{
    public static TheoryData<string, string[], string[]> Constructions() => new()
    {
        // the sides met as coordinated subjects; a delegation stands for its country; "led by A" names no side
        {
            "The Chilean delegation, led by Foreign Minister Ana Rojas, and the Peruvian delegation, headed by envoy Luis Vega, met in Quito on Monday. Ecuador's Foreign Minister Maria Lopez is mediating the discussions, which center on fishing rights.",
            ["Maria Lopez FACILITATES Chile", "Maria Lopez FACILITATES Peru"],
            ["Maria Lopez FACILITATES Ana Rojas", "Maria Lopez FACILITATES Chilean delegation", "Maria Lopez FACILITATES Peruvian delegation"]
        },
        // "announced on Saturday that it": the pronoun is the speaker; the sides follow a longer object
        {
            "Brunei announced on Saturday that it has facilitated the completion of a prisoner exchange agreement between Chile and Peru.",
            ["Brunei FACILITATES Chile", "Brunei FACILITATES Peru"], []
        },
        // the country's name without its article
        {
            "The foreign ministers of Rwanda and the Democratic Republic of Congo met for a round of talks in Accra. The meeting was mediated by Ghanaian President Kofi Mensah.",
            ["Kofi Mensah FACILITATES Rwanda", "Kofi Mensah FACILITATES Democratic Republic of the Congo"], []
        },
        // "brought A and B together"
        {
            "Foreign Minister Hakan Demir brought his counterparts from Chile and Peru together in Ankara on Monday.",
            ["Hakan Demir FACILITATES Chile", "Hakan Demir FACILITATES Peru"], []
        },
        {
            "Foreign Minister Hakan Demir brought his counterpart from Chile to Ankara, where they spoke together.",
            [], ["Hakan Demir FACILITATES Chile"]
        },
        // thanks to a country's leaders and government, the second of those thanked
        {
            "Chile and Peru expressed their gratitude to Ecuador for its support, and to the Brazilian leaders and government for hosting, funding and guiding them through a long dialogue.",
            ["Brazil FACILITATES Chile", "Brazil FACILITATES Peru"], []
        },
        // a count of actors a sentence before listed
        {
            "Chile, Peru, Bolivia and Ecuador closed their borders with Colombia in 2019. Brazil has been mediating between Colombia and the four Andean states.",
            ["Brazil FACILITATES Colombia", "Brazil FACILITATES Chile", "Brazil FACILITATES Peru", "Brazil FACILITATES Bolivia", "Brazil FACILITATES Ecuador"], []
        },
        {
            "Chile, Peru and Bolivia closed their borders with Colombia in 2019. Brazil has been mediating between Colombia and the four Andean states.",
            [], ["Brazil FACILITATES Chile"]
        },
        // whose prisoners are exchanged are the sides
        {
            "Brunei said it succeeded in mediating the release of 50 Chilean prisoners of war in exchange for 50 prisoners from the Peruvian side.",
            ["Brunei FACILITATES Chile", "Brunei FACILITATES Peru"], []
        },
        // facilitators first, the sides in the next sentence
        {
            "Brazil, along with its ally Argentina, helped broker the historic rapprochement. Chile and Peru signed an agreement in Brasilia on Sunday.",
            ["Brazil FACILITATES Chile", "Brazil FACILITATES Peru", "Argentina FACILITATES Chile", "Argentina FACILITATES Peru"], []
        },
        {
            "Brazil helped broker the historic rapprochement. The weather in Brasilia was warm. Chile and Peru signed an agreement on Sunday.",
            [], ["Brazil FACILITATES Chile"]
        },
        // who chairs the talks
        {
            "Chile and Peru held talks in Ankara on Monday. Foreign Minister Hakan Demir chaired the talks, which lasted two hours.",
            ["Hakan Demir FACILITATES Chile", "Hakan Demir FACILITATES Peru"], []
        },
        // three-way talks with two others; a counterpart named by demonym
        {
            "US Secretary of State Antony Blinken began three-way talks with Chilean Foreign Minister Juan Perez and his Peruvian counterpart Jose Gomez on Tuesday.",
            ["Antony Blinken FACILITATES Chile", "Antony Blinken FACILITATES Peru"],
            ["Antony Blinken FACILITATES Juan Perez", "Antony Blinken FACILITATES Jose Gomez"]
        },
        // an official brought to talks stands for the country of the official's role
        {
            "Norway hosted Chilean Foreign Minister Juan Perez and Peruvian Foreign Minister Jose Gomez in Oslo on Monday.",
            ["Norway FACILITATES Chile", "Norway FACILITATES Peru"], ["Norway FACILITATES Juan Perez"]
        },
        // a list of examples names attendees, not the sides
        {
            "Leaders met in Cairo to consolidate a ceasefire between Israel and Hamas. Egyptian President Abdel Fattah el-Sisi opened the summit with 20 leaders, including French President Emmanuel Macron, Turkish President Recep Tayyip Erdogan and Qatar's Emir Tamim bin Hamad Al Thani. The ceasefire, reached under U.S. mediation, ended the war.",
            ["United States FACILITATES Israel", "United States FACILITATES Hamas"],
            ["United States FACILITATES France", "United States FACILITATES Turkey", "United States FACILITATES Qatar"]
        },
    };

    [Theory]
    [MemberData(nameof(Constructions))]
    public void Extract_Construction_GivesItsRelationsAndNoOthers(string text, string[] expected, string[] forbidden) =>
        Sentences.AssertGives(text, expected, forbidden);
}
