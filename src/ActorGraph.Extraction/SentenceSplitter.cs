namespace ActorGraph.Extraction;

/// <summary>A sentence of an article, with the 1-based line it starts on.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Line">The line of the article's text it starts on.</param>
public sealed record Sentence(string Text, int Line);

/// <summary>
/// Splits article text into sentences: at a full stop, question or exclamation mark followed by a space and a
/// capital, digit or quote, except after titles and abbreviations ("Mr.", "Gen.", "U.S.", "Jan."); and at every
/// line break, since articles put paragraphs on lines of their own.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Sen", "Rep", "Gov",
        "Pres", "St", "Jr", "Sr", "No", "Nos", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Inc", "Corp", "Ltd", "Co", "Mt", "Ft", "approx", "etc", "al",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var start = 0;
        var startLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (Cut(text, start, i) is { } paragraphEnd)
                {
                    yield return new Sentence(paragraphEnd, startLine);
                }

                line++;
                start = i + 1;
                startLine = line;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\u201d' or '\'' or '\u2019' or ')')
            {
                end++;
            }

            if (end >= text.Length || text[end] is not (' ' or '\t'))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }

            if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201c' or '\'' or '\u2018'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, start, i))
            {
                continue;
            }

            if (Cut(text, start, end) is { } sentence)
            {
                yield return new Sentence(sentence, startLine);
            }

            start = end;
            startLine = line;
        }

        if (Cut(text, start, text.Length) is { } last)
        {
            yield return new Sentence(last, startLine);
        }
    }

    private static string? Cut(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start).Trim();
        return span.IsEmpty ? null : new string(span);
    }

    private static bool IsAbbreviation(string text, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        // A single capital ("J. Smith") or a dotted abbreviation ("U.S", "U.N") does not end the sentence.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return true;
        }

        return Abbreviations.Contains(new string(word));
    }
}
