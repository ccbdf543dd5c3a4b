using System.Globalization;
using System.Text;

namespace ActorGraph.Core.Text;

/// <summary>
/// MinHash signatures of article text, by which near-duplicate copies of one story are told apart from independent
/// reports. The text is folded (case, accents, punctuation), a leading byline ("By Jane Doe, Reuters") is dropped,
/// and the words are cut into overlapping shingles of <see cref="ShingleWords"/> words; the signature keeps, for each
/// of <see cref="Hashes"/> hash functions, the smallest hash over the shingles. The share of equal slots of two
/// signatures estimates the Jaccard similarity of their shingle sets; at <see cref="Threshold"/> or above, two
/// articles are copies of one story. The headline is not part of the text, so a wire story under other headlines and
/// bylines keeps its signature.
/// </summary>
public static class StoryFingerprint
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;

    /// <summary>Hash functions per signature.</summary>
    public const int Hashes = 64;

    /// <summary>The estimated Jaccard similarity from which two articles count as copies of one story.</summary>
    public const double Threshold = 0.5;

    private const string Prefix = "mh1:";

    /// <summary>The signature of <paramref name="text"/>, or null when it has no words.</summary>
    public static string? Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        var minima = new uint[Hashes];
        Array.Fill(minima, uint.MaxValue);
        var width = Math.Min(ShingleWords, words.Count);
        for (var start = 0; start + width <= words.Count; start++)
        {
            var shingle = Fnv(words, start, width);
            for (var i = 0; i < Hashes; i++)
            {
                var h = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                if (h < minima[i])
                {
                    minima[i] = h;
                }
            }
        }

        var builder = new StringBuilder(Prefix.Length + (Hashes * 8)).Append(Prefix);
        foreach (var m in minima)
        {
            builder.Append(m.ToString("x8", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>The slots of a signature; false when <paramref name="fingerprint"/> is not one.</summary>
    public static bool TryParse(string? fingerprint, out uint[] slots)
    {
        slots = [];
        if (fingerprint is null || fingerprint.Length != Prefix.Length + (Hashes * 8) || !fingerprint.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parsed = new uint[Hashes];
        for (var i = 0; i < Hashes; i++)
        {
            if (!uint.TryParse(fingerprint.AsSpan(Prefix.Length + (i * 8), 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out parsed[i]))
            {
                return false;
            }
        }

        slots = parsed;
        return true;
    }

    /// <summary>The estimated Jaccard similarity of two signatures: the share of equal slots; 0 when either is not a signature.</summary>
    public static double Similarity(string? a, string? b) =>
        TryParse(a, out var x) && TryParse(b, out var y) ? Similarity(x, y) : 0.0;

    /// <summary>The share of equal slots of two parsed signatures.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var equal = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / Hashes;
    }

    private static List<string> Words(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = 0;
        // A byline such as "By Jane Doe and John Roe, Reuters" differs between copies of one wire story.
        while (first < lines.Length && IsByline(lines[first]))
        {
            first++;
        }

        var words = new List<string>();
        for (var i = first; i < lines.Length; i++)
        {
            words.AddRange(NameKey.Fold(lines[i]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return words;
    }

    private static bool IsByline(string line)
    {
        var folded = NameKey.Fold(line);
        return folded.StartsWith("by ", StringComparison.Ordinal) && folded.Count(c => c == ' ') < 10;
    }

    private static ulong Fnv(List<string> words, int start, int count)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + count; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }

    // SplitMix64's finalizer: a fast, well-spread 64-bit mix.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    private static readonly ulong[] Seeds = MakeSeeds();

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        var state = 0x9e3779b97f4a7c15UL;
        for (var i = 0; i < Hashes; i++)
        {
            state += 0x9e3779b97f4a7c15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
