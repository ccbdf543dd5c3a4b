using ActorGraph.Core.Text;
using ActorGraph.Testing;

namespace ActorGraph.Core.Tests.Text;

public sealed class StoryFingerprintTests
{
    [Fact]
    public void Similarity_SyndicatedCopyWithOtherBylineAndDateline_IsAtLeastTheThreshold()
    {
        var similarity = StoryFingerprint.Similarity(StoryFingerprint.Compute(Stories.Wire), StoryFingerprint.Compute(Stories.Republished));

        Assert.True(similarity >= StoryFingerprint.Threshold, $"similarity {similarity}");
    }

    [Fact]
    public void Similarity_IndependentReportOfTheSameEvent_IsBelowTheThreshold()
    {
        var similarity = StoryFingerprint.Similarity(StoryFingerprint.Compute(Stories.Wire), StoryFingerprint.Compute(Stories.Independent));

        Assert.True(similarity < StoryFingerprint.Threshold, $"similarity {similarity}");
    }

    [Fact]
    public void Compute_SameTextOtherCaseAndSpacing_GivesTheSameSignature()
    {
        var folded = Stories.Wire.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal);

        Assert.Equal(StoryFingerprint.Compute(Stories.Wire), StoryFingerprint.Compute(folded));
        Assert.Equal(1.0, StoryFingerprint.Similarity(StoryFingerprint.Compute(Stories.Wire), StoryFingerprint.Compute(folded)));
    }

    [Fact]
    public void Compute_NoWords_IsNull()
    {
        Assert.Null(StoryFingerprint.Compute(" \n -- \n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("mh1:zz")]
    public void Similarity_NotASignature_IsZero(string? text)
    {
        Assert.Equal(0.0, StoryFingerprint.Similarity(text, StoryFingerprint.Compute(Stories.Wire)));
    }
}
