namespace ActorGraph.Extraction;

/// <summary>A word or punctuation mark in a sentence, with its place in the sentence's text.</summary>
/// <param name="Text">The token as written (quotes and apostrophes normalized).</param>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset just past its last character.</param>
internal readonly record struct Token(string Text, int Start, int End)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    /// <summary>Starts with a capital, or is a name behind a lowercase article particle ("al-Busaidi", "el-Sisi").</summary>
    public bool IsCapitalized => Text.Length > 0 && (char.IsUpper(Text[0]) || IsParticleName);

    /// <summary>A name behind a lowercase article particle: "al-Busaidi", "el-Sisi", "al-'Amili".</summary>
    public bool IsParticleName =>
        Text.Length > 3 && Text[2] == '-' && Text[0] is 'a' or 'e' && Text[1] == 'l'
        && (char.IsUpper(Text[3]) || (Text.Length > 4 && Text[3] is '\'' or '\u02bf' or '\u02be' && char.IsUpper(Text[4])));

    public bool IsPossessive => Text == "'s" || Text == "'";
}

/// <summary>
/// Splits a sentence into tokens: words (keeping "U.S.", "al-Sisi", "O'Brien" whole), the possessive "'s" on its
/// own, and each punctuation mark. A hyphen between two capitalized parts ("US-Russia") separates them.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i);
                AddWord(tokens, text, i, end);
                i = end;
                continue;
            }

            if (IsApostrophe(c) && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                tokens.Add(new Token("'s", i, i + 2));
                i += 2;
                continue;
            }

            tokens.Add(new Token(Normalize(c), i, i + 1));
            i++;
        }

        return tokens;
    }

    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            var hasNext = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (c is '-' or '\u2010' or '\u2011' && hasNext)
            {
                i++;
                continue;
            }

            // "al-‘Amili", "al-ʿAli": an ayn written as a quote mark after a name's particle stays in the word.
            if (c is '-' && i + 2 < text.Length && (IsApostrophe(text[i + 1]) || text[i + 1] is '\u02bf' or '\u02be') && char.IsLetter(text[i + 2]))
            {
                i += 2;
                continue;
            }

            if (IsApostrophe(c) && hasNext && !(text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]))))
            {
                i++;
                continue;
            }

            // Dotted abbreviations: U.S., U.K., U.N. (single letters joined by dots).
            if (c == '.' && IsDottedAbbreviation(text, start, i))
            {
                i++;
                continue;
            }

            // "VEB.RF", "DOM.RF": a dot between two runs of capitals is inside a name.
            if (c == '.' && IsDottedCapitals(text, start, i))
            {
                i++;
                continue;
            }

            // Numbers: 1,000 and 3.5.
            if (c is '.' or ',' && hasNext && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsDottedCapitals(string text, int start, int dot)
    {
        if (dot - start < 2 || text.AsSpan(start, dot - start).ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        var end = dot + 1;
        while (end < text.Length && text[end] is >= 'A' and <= 'Z')
        {
            end++;
        }

        return end - dot > 2 && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    private static bool IsDottedAbbreviation(string text, int start, int dot)
    {
        // The word so far is "U" or "U.S" and after the dot comes a letter, or this dot closes "U.S".
        var length = dot - start;
        if (length == 1 && char.IsUpper(text[start]))
        {
            return dot + 1 < text.Length && char.IsUpper(text[dot + 1]) && (dot + 2 >= text.Length || text[dot + 2] == '.');
        }

        return length >= 3 && text[dot - 2] == '.' && char.IsUpper(text[dot - 1]);
    }

    private static void AddWord(List<Token> tokens, string text, int start, int end)
    {
        var word = Normalize(text.AsSpan(start, end - start));

        // "US-Russia", "Russia-Ukraine": capitalized parts are separate names; "al-Sisi" and "Qatar-brokered" stay whole.
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && char.IsUpper(word[0]))
        {
            var parts = word.Split('-');
            if (parts.All(p => p.Length > 0 && char.IsUpper(p[0])) && parts.Length > 1 && !IsNameParticle(parts[0]))
            {
                var offset = start;
                for (var p = 0; p < parts.Length; p++)
                {
                    if (p > 0)
                    {
                        tokens.Add(new Token("-", offset, offset + 1));
                        offset++;
                    }

                    tokens.Add(new Token(parts[p], offset, offset + parts[p].Length));
                    offset += parts[p].Length;
                }

                return;
            }
        }

        tokens.Add(new Token(word, start, end));
    }

    private static bool IsNameParticle(string part) => part is "Al" or "El" or "Abu" or "Bin" or "Ben" or "Abdel" or "Abd";

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02bc' or '\u2018';

    private static string Normalize(char c) => c switch
    {
        '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb' => "\"",
        '\u2018' or '\u2019' or '\u02bc' => "'",
        '\u2013' or '\u2014' => "-",
        _ => c.ToString(),
    };

    private static string Normalize(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny('\u2019', '\u02bc', '\u2011') < 0 && word.IndexOfAny('\u2010', '\u2018') < 0)
        {
            return new string(word);
        }

        var chars = word.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\u2019' or '\u02bc' or '\u2018' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => chars[i],
            };
        }

        return new string(chars);
    }
}
