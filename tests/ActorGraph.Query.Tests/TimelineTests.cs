using ActorGraph.Core.Model;
using ActorGraph.Testing;

namespace ActorGraph.Query.Tests;

public sealed class TimelineTests
{
    [Fact]
    public void For_ActorWithDatedAndUndatedFacts_ListsThemInDateOrderUndatedLast()
    {
        var assembler = new SnapshotAssembler();
        assembler.AddDocument(Documents.Riyadh(), DateTimeOffset.UnixEpoch);
        assembler.AddDocument(new SourceDocument(
            new SourceInfo("ended", null, null, new DateOnly(2025, 6, 1)),
            [Documents.Person(Documents.Rubio, "Marco Rubio"), new Actor(Documents.UnitedStates, "United States", ActorKind.Country, [])],
            [new Role(Documents.Rubio, "Senator", Documents.UnitedStates, new DateOnly(2011, 1, 3), new DateOnly(2025, 1, 20))],
            [new Relation(Documents.Rubio, RelationKind.Advises, Documents.UnitedStates, 0.5, 0.5, null, null, null, null)]), DateTimeOffset.UnixEpoch);
        var snapshot = assembler.Build();

        var timeline = Timeline.For(snapshot, snapshot.Get(Documents.Rubio));

        Assert.Equal(
        [
            "2011-01-03 began Marco Rubio: Senator of United States",
            "2025-01-20 ended Marco Rubio: Senator of United States",
            "2025-01-21 began Marco Rubio: Secretary of State of United States",
            "2025-02-18 began Marco Rubio LEADS US delegation",
            "undated undated Marco Rubio ADVISES United States",
        ],
            timeline.Select(e => $"{e.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"} {e.Change} {e.Text}"));
        Assert.True(timeline[^1].Undated);
        Assert.Equal(["riyadh"], timeline[3].Sources);
        Assert.Equal(["ended"], timeline[0].Sources);
    }
}
