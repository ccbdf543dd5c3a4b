using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ActorGraph.Core.Text;

/// <summary>
/// Dates as ActorGraph writes and reads them everywhere: ISO 8601 calendar dates, <c>YYYY-MM-DD</c>, in the invariant
/// culture, whatever the machine's culture.
/// </summary>
public static class IsoDate
{
    /// <summary>The .NET format pattern of a date: <c>yyyy-MM-dd</c>.</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>Writes <paramref name="date"/> as <c>YYYY-MM-DD</c>, such as <c>2025-02-18</c>.</summary>
    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="date"/> as <c>YYYY-MM-DD</c>; null when there is no date.</summary>
    [return: NotNullIfNotNull(nameof(date))]
    public static string? Format(DateOnly? date) => date is { } day ? Format(day) : null;

    /// <summary>Reads a date written exactly as <c>YYYY-MM-DD</c>; false for anything else, including null.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Reads a date written exactly as <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not such a date.</exception>
    public static DateOnly Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateOnly.ParseExact(text, Pattern, CultureInfo.InvariantCulture);
    }
}
