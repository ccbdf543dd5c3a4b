using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Tests;

public sealed class MentionTests
{
    private static Mention Make(string name, MentionType type) =>
        new() { Start = 0, End = 1, Type = type, Name = name, Surface = name, Kind = ActorKind.Person };

    [Fact]
    public void Head_AssignmentThatClosesALoop_IsIgnoredAndResolveEnds()
    {
        var title = Make("Secretary", MentionType.Title);
        var person = Make("Wqary", MentionType.Actor);

        title.Head = person;
        person.Head = title;

        Assert.Null(person.Head);
        Assert.Same(person, title.Resolve());
        Assert.Same(person, person.Resolve());
    }

    [Fact]
    public async Task Extract_TitlesAroundANameWithNoLineEnd_Finishes()
    {
        // Found by fuzzing: two titles bound to one name made a loop of heads, and extraction never ended.
        var article = ArticleReader.Read("title-loop.txt", "Secretary ,Wqary 'Secretary' led ("u8.ToArray(), isHtml: false).Article!;

        var result = await Task.Run(() => new Extractor().Extract(article)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.DoesNotContain(result.Relations, r => r.Source == r.Target);
    }
}
