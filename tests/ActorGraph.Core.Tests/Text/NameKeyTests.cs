using ActorGraph.Core.Text;

namespace ActorGraph.Core.Tests.Text;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Sergey Lavrov", "sergey lavrov")]
    [InlineData("  SERGEY   lavrov ", "sergey lavrov")]
    [InlineData("Sérgey Lávrov", "sergey lavrov")]
    [InlineData("Recep Tayyip Erdoğan", "recep tayyip erdogan")]
    [InlineData("Moscow’s team", "moscows team")]
    [InlineData("U.S.-Russia", "u s russia")]
    [InlineData("!!!", "")]
    public void Fold_Variants_GiveOneKey(string text, string expected) => Assert.Equal(expected, NameKey.Fold(text));

    [Fact]
    public void Slug_Name_JoinsWithHyphens() => Assert.Equal("mohammed-bin-salman", NameKey.Slug("Mohammed bin Salman"));
}
