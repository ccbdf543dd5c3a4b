using ActorGraph.Core.Model;
using ActorGraph.Testing;

namespace ActorGraph.Query.Tests;

public sealed class DisputesTests
{
    private static readonly ActorId Ushakov = ActorId.FromName("Yuri Ushakov");
    private static readonly ActorId Putin = ActorId.FromName("Vladimir Putin");
    private static readonly ActorId Russia = ActorId.FromName("Russia");
    private static readonly ActorId Medvedev = ActorId.FromName("Dmitry Medvedev");

    private static SourceDocument Advises(string id, DateOnly? published, DateOnly? since, DateOnly? until, string evidence) => new(
        new SourceInfo(id, null, null, published),
        [Documents.Person(Ushakov, "Yuri Ushakov"), Documents.Person(Putin, "Vladimir Putin")],
        [],
        [new Relation(Ushakov, RelationKind.Advises, Putin, 0.8, 0.8, since, until, null, evidence)]);

    private static SourceDocument President(string id, ActorId person, string name, DateOnly? since, DateOnly? until) => new(
        new SourceInfo(id, null, null, null),
        [Documents.Person(person, name), new Actor(Russia, "Russia", ActorKind.Country, [])],
        [new Role(person, "President", Russia, since, until)],
        []);

    private static GraphSnapshot Snapshot(params SourceDocument[] documents)
    {
        var assembler = new SnapshotAssembler();
        foreach (var d in documents)
        {
            assembler.AddDocument(d, DateTimeOffset.UnixEpoch);
        }

        return assembler.Build();
    }

    private static bool SingleHolder(string title) => title == "President";

    [Fact]
    public void Find_RelationEndedByOneSourceAndAssertedLaterByAnother_ListsBothSides()
    {
        var snapshot = Snapshot(
            Advises("kremlin", new DateOnly(2025, 5, 28), null, new DateOnly(2025, 5, 27), "Ushakov no longer advises Putin."),
            Advises("tass", new DateOnly(2025, 6, 3), null, null, "Ushakov, Putin's adviser, said."));

        var dispute = Assert.Single(Disputes.Find(snapshot, SingleHolder));

        Assert.Equal(Disputes.RelationEnded, dispute.Kind);
        Assert.Equal(["Yuri Ushakov", "Vladimir Putin"], dispute.Actors);
        Assert.Equal(["kremlin", "tass"], dispute.Claims.Select(c => c.Source));
        Assert.Equal("Ushakov no longer advises Putin.", dispute.Claims[0].Evidence);
        Assert.Contains("ended by 2025-05-27", dispute.Claims[0].Says, StringComparison.Ordinal);
        Assert.Equal("Ushakov, Putin's adviser, said.", dispute.Claims[1].Evidence);
    }

    [Fact]
    public void Find_AssertionPublishedBeforeTheEnding_IsNoDispute()
    {
        var snapshot = Snapshot(
            Advises("kremlin", new DateOnly(2025, 5, 28), null, new DateOnly(2025, 5, 27), "Ushakov no longer advises Putin."),
            Advises("old", new DateOnly(2020, 1, 1), null, null, "Ushakov advises Putin."));

        Assert.Empty(Disputes.Find(snapshot, SingleHolder));
    }

    [Fact]
    public void Find_EndingBeforeAnotherSourcesStart_IsADateDispute()
    {
        var snapshot = Snapshot(
            Advises("a", new DateOnly(2025, 5, 28), null, new DateOnly(2025, 5, 27), "Ushakov no longer advises Putin."),
            Advises("b", new DateOnly(2025, 5, 1), new DateOnly(2025, 6, 10), null, "Ushakov began advising Putin in June."));

        var dispute = Assert.Single(Disputes.Find(snapshot, SingleHolder));

        Assert.Equal(Disputes.EndingBeforeStart, dispute.Kind);
        Assert.Equal(["a", "b"], dispute.Claims.Select(c => c.Source));
        Assert.Contains("since 2025-06-10", dispute.Claims[1].Says, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SingleHolderOfficeHeldByTwoOverOverlappingDates_ListsBothHolders()
    {
        var snapshot = Snapshot(
            President("a", Putin, "Vladimir Putin", new DateOnly(2012, 5, 7), null),
            President("b", Medvedev, "Dmitry Medvedev", new DateOnly(2024, 1, 1), null));

        var dispute = Assert.Single(Disputes.Find(snapshot, SingleHolder));

        Assert.Equal(Disputes.SingleHolderOffice, dispute.Kind);
        Assert.Equal(["Dmitry Medvedev", "Vladimir Putin", "Russia"], dispute.Actors);
        Assert.Equal(["b", "a"], dispute.Claims.Select(c => c.Source));
    }

    [Fact]
    public void Find_SuccessiveHoldersOfASingleHolderOffice_IsNoDispute()
    {
        var snapshot = Snapshot(
            President("a", Medvedev, "Dmitry Medvedev", new DateOnly(2008, 5, 7), new DateOnly(2012, 5, 6)),
            President("b", Putin, "Vladimir Putin", new DateOnly(2012, 5, 7), null));

        Assert.Empty(Disputes.Find(snapshot, SingleHolder));
    }

    [Fact]
    public void Find_OfficeNotSingleHolder_IsNoDispute()
    {
        var snapshot = Snapshot(
            President("a", Putin, "Vladimir Putin", new DateOnly(2012, 5, 7), null),
            President("b", Medvedev, "Dmitry Medvedev", new DateOnly(2024, 1, 1), null));

        Assert.Empty(Disputes.Find(snapshot, _ => false));
    }
}
