using System.Globalization;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Tests.Text;

public sealed class IsoDateTests
{
    [Fact]
    public void Format_UnderAnyCulture_WritesYearMonthDayWithHyphens()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // Thai uses the Buddhist calendar and Arabic (Saudi Arabia) the Umm al-Qura one: neither leaks into the text.
            foreach (var culture in new[] { "th-TH", "ar-SA", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal("2025-02-18", IsoDate.Format(new DateOnly(2025, 2, 18)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_NoDate_IsNull()
    {
        Assert.Null(IsoDate.Format((DateOnly?)null));
        Assert.Equal("0001-01-01", IsoDate.Format((DateOnly?)DateOnly.MinValue));
    }

    [Theory]
    [InlineData("2025-02-18", true)]
    [InlineData("2025-2-18", false)]
    [InlineData("18.02.2025", false)]
    [InlineData("2025-02-30", false)]
    [InlineData(" 2025-02-18", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_Text_AcceptsOnlyExactCalendarDates(string? text, bool expected)
    {
        Assert.Equal(expected, IsoDate.TryParse(text, out var date));
        Assert.Equal(expected ? new DateOnly(2025, 2, 18) : default, date);
    }

    [Fact]
    public void Parse_NotADate_ThrowsFormatException()
    {
        Assert.Equal(new DateOnly(1999, 12, 31), IsoDate.Parse("1999-12-31"));
        Assert.Throws<FormatException>(() => IsoDate.Parse("31/12/1999"));
    }
}
