using System.Globalization;
using System.Text;

namespace ActorGraph.Core.Text;

/// <summary>
/// Folds names for lookup: case, diacritics, punctuation and spacing do not matter,
/// so "Sergey Lavrov", "sergey  LAVROV" and "Sérgey Lavrov" give the same key.
/// </summary>
public static class NameKey
{
    /// <summary>Returns the lookup key of <paramref name="text"/>; empty when it holds no letter or digit.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Join(text, ' ');
    }

    /// <summary>Returns a readable identifier derived from a name, such as <c>marco-rubio</c>.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Join(text, '-');
    }

    private static string Join(string text, char separator)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSeparator = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSeparator && builder.Length > 0)
                {
                    builder.Append(separator);
                }

                pendingSeparator = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' or '\u02bc')
            {
                // "Moscow's" folds to "moscows": an apostrophe joins, it does not separate.
            }
            else
            {
                pendingSeparator = true;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
