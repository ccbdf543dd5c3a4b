using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Testing;

/// <summary>Article texts for corroboration tests: one wire story, its syndicated copies, and an independent report.</summary>
public static class Stories
{
    /// <summary>The wire story as the agency sent it.</summary>
    public const string Wire = """
        By Anna Keller, Reuters

        RIYADH, Feb 18 - U.S. Secretary of State Marco Rubio led the American delegation at talks with Russian officials
        in Riyadh on Tuesday, the first high-level meeting between the two countries since the war in Ukraine began.
        Russian Foreign Minister Sergey Lavrov headed Moscow's team, which also included Kremlin aide Yuri Ushakov.
        Saudi Crown Prince Mohammed bin Salman facilitated the meeting at the Diriyah Palace, officials said.
        The two sides agreed to restore staff at their embassies and to set up a team to work on a path to ending the
        conflict, according to a statement released after four and a half hours of talks. Ukraine was not invited,
        and President Volodymyr Zelensky said Kyiv would not accept any outcome reached without it.
        """;

    /// <summary>The same wire copy as an outlet ran it: its own byline line, a trimmed last sentence, a changed dateline.</summary>
    public const string Republished = """
        By Staff and wire reports

        RIYADH (Reuters) - U.S. Secretary of State Marco Rubio led the American delegation at talks with Russian officials
        in Riyadh on Tuesday, the first high-level meeting between the two countries since the war in Ukraine began.
        Russian Foreign Minister Sergey Lavrov headed Moscow's team, which also included Kremlin aide Yuri Ushakov.
        Saudi Crown Prince Mohammed bin Salman facilitated the meeting at the Diriyah Palace, officials said.
        The two sides agreed to restore staff at their embassies and to set up a team to work on a path to ending the
        conflict, according to a statement released after four and a half hours of talks. Ukraine was not invited.
        """;

    /// <summary>An independent report of the same talks, written by another newsroom.</summary>
    public const string Independent = """
        Marco Rubio, America's top diplomat, sat across the table from his Russian counterpart Sergey Lavrov in the Saudi
        capital on Tuesday. Mr Rubio headed the U.S. side; the crown prince, Mohammed bin Salman, had offered to host
        and broker the encounter. Diplomats described the mood as businesslike. Europeans watched nervously from the
        sidelines, worried that a deal over Ukraine's future could be struck without Kyiv at the table. Both
        delegations left without a joint communique, but aides promised further contacts within weeks.
        """;

    /// <summary>A source stating that Rubio leads the US delegation, with the given text, publisher URL and confidence.</summary>
    public static SourceDocument Report(string id, string text, string url, double confidence = 0.6) => new(
        new SourceInfo(id, $"Headline {id}", new Uri(url), new DateOnly(2025, 2, 18), Fingerprint: StoryFingerprint.Compute(text)),
        [Documents.Person(Documents.Rubio, "Marco Rubio"), new Actor(Documents.UsDelegation, "US delegation", ActorKind.Group, [])],
        [],
        [Documents.Relation(Documents.Rubio, RelationKind.Leads, Documents.UsDelegation, confidence, "Rubio led the American delegation.")]);
}
