using ActorGraph.Core.Model;
using ActorGraph.Testing;

namespace ActorGraph.Core.Tests.Model;

public sealed class IndependentEvidenceTests
{
    private static GraphRelation Combined(params SourceDocument[] documents)
    {
        var assembler = new SnapshotAssembler();
        foreach (var document in documents)
        {
            assembler.AddDocument(document, DateTimeOffset.UnixEpoch);
        }

        return assembler.Build().Relations.Single(r => r.Source == Documents.Rubio);
    }

    [Fact]
    public void Build_TenSyndicatedCopiesOfOneStory_CorroborateNoMoreThanOne()
    {
        var one = Combined(Stories.Report("wire", Stories.Wire, "https://www.reuters.com/world/talks"));
        var copies = Combined([
            Stories.Report("wire", Stories.Wire, "https://www.reuters.com/world/talks"),
            .. Enumerable.Range(1, 9).Select(i => Stories.Report($"copy-{i}", i % 2 == 0 ? Stories.Wire : Stories.Republished, $"https://news.outlet{i}.com/a/{i}")),
        ]);

        Assert.Equal(one.Confidence, copies.Confidence, 12);
        Assert.Equal(new Corroboration(10, 10, 1), copies.Corroboration);
        Assert.Equal(new Corroboration(1, 1, 1), one.Corroboration);
    }

    [Fact]
    public void Build_IndependentSecondReport_CorroboratesAsASecondStory()
    {
        var one = Combined(Stories.Report("wire", Stories.Wire, "https://www.reuters.com/world/talks"));
        var two = Combined(
            Stories.Report("wire", Stories.Wire, "https://www.reuters.com/world/talks"),
            Stories.Report("own", Stories.Independent, "https://www.economist.com/europe/talks"));

        Assert.Equal(1 - (0.4 * 0.4), two.Confidence, 12);
        Assert.True(two.Confidence > one.Confidence);
        Assert.Equal(new Corroboration(2, 2, 2), two.Corroboration);
    }

    [Fact]
    public void Build_TwoStoriesFromOnePublisher_CountLessThanTwoPublishers()
    {
        var samePublisher = Combined(
            Stories.Report("wire", Stories.Wire, "https://www.reuters.com/world/talks"),
            Stories.Report("analysis", Stories.Independent, "https://uk.reuters.com/analysis/talks"));
        var twoPublishers = Combined(
            Stories.Report("wire", Stories.Wire, "https://www.reuters.com/world/talks"),
            Stories.Report("own", Stories.Independent, "https://www.economist.com/europe/talks"));

        Assert.Equal(1 - (0.4 * (1 - (IndependentEvidence.SamePublisherDiscount * 0.6))), samePublisher.Confidence, 12);
        Assert.True(samePublisher.Confidence < twoPublishers.Confidence);
        Assert.True(samePublisher.Confidence > 0.6);
        Assert.Equal(new Corroboration(2, 1, 2), samePublisher.Corroboration);
    }

    [Theory]
    [InlineData("https://www.reuters.com/world/x", "reuters.com")]
    [InlineData("https://news.bbc.co.uk/2/hi", "bbc.co.uk")]
    [InlineData("https://www.abc.net.au/news", "abc.net.au")]
    [InlineData("https://example.org", "example.org")]
    [InlineData("http://127.0.0.1:8080/a", "127.0.0.1")]
    public void RegistrableDomain_Url_IsTheDomainItsOwnerRegistered(string url, string expected)
    {
        Assert.Equal(expected, Publishers.RegistrableDomain(new Uri(url)));
    }

    [Fact]
    public void Of_DatasetPublisherThenDomainThenId_AreUsedInThatOrder()
    {
        Assert.Equal("Reuters", Publishers.Of(new SourceInfo("a", null, new Uri("https://www.bbc.com/x"), null, "Reuters")));
        Assert.Equal("bbc.com", Publishers.Of(new SourceInfo("a", null, new Uri("https://www.bbc.com/x"), null)));
        Assert.Equal("a", Publishers.Of(new SourceInfo("a", null, null, null)));
    }
}
