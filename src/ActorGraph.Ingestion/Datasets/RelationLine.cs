using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// The fast path for the commonest line of a large JSON Lines dataset, <c>{"relation": {…}}</c>, read straight from
/// its UTF-8 bytes: no tree, no field map, no strings for ids, type or numbers, and the endpoints are the declared
/// actors' own ids. It accepts only a line the general path would accept unchanged (known keys once each, declared ids
/// in their canonical form, a known type, numbers in (0, 1], dates in order, texts within their limits). For anything
/// else it declines, and the general path reads the line again and reports exactly what it always reported.
/// </summary>
internal static class RelationLine
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 4,
    };

    private static readonly byte[][] KindNames = [.. Vocabulary.RelationKinds.Select(k => Encoding.UTF8.GetBytes(Vocabulary.Name(k)))];

    /// <summary>
    /// Reads <paramref name="bytes"/> as a relation between actors <paramref name="binder"/> knows by id; false when the
    /// line is anything else. <paramref name="values"/> is how many JSON values the line holds, as the general path counts them.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, DatasetReader.Binder binder, IngestLimits limits, out Relation? relation, out int values)
    {
        relation = null;
        values = 0;
        try
        {
            return TryReadCore(bytes, binder, limits, ref relation, ref values);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Broken JSON, or an escape that is no character: the general path names the fault.
            return false;
        }
    }

    private static bool TryReadCore(ReadOnlySpan<byte> bytes, DatasetReader.Binder binder, IngestLimits limits, ref Relation? relation, ref int values)
    {
        var reader = new Utf8JsonReader(bytes, Options);
        if (limits.MaxNestingDepth < 2 || !reader.Read() || reader.TokenType != JsonTokenType.StartObject
            || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("relation"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        ActorId? from = null, to = null;
        RelationKind? kind = null;
        double? weight = null, confidence = null;
        DateOnly? since = null, until = null;
        string? context = null, evidence = null;
        var seen = 0;
        var count = 2;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref reader);
            if (key < 0 || (seen & (1 << key)) != 0 || !reader.Read())
            {
                return false;
            }

            seen |= 1 << key;
            count++;
            var ok = key switch
            {
                0 => Actor(ref reader, binder, limits, out from),
                1 => Kind(ref reader, limits, out kind),
                2 => Actor(ref reader, binder, limits, out to),
                3 => Fraction(ref reader, limits, out weight),
                4 => Fraction(ref reader, limits, out confidence),
                5 => Date(ref reader, limits, out since),
                6 => Date(ref reader, limits, out until),
                7 => Text(ref reader, limits, out context),
                _ => Text(ref reader, limits, out evidence),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || !reader.Read() || reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return false;
        }

        if (from is not { } f || to is not { } t || kind is not { } k || f == t || (since is { } s && until is { } u && u < s))
        {
            return false;
        }

        relation = new Relation(f, k, t, weight ?? Vocabulary.DefaultWeight(k), confidence ?? Vocabulary.DefaultConfidence, since, until, context, evidence);
        values = count;
        return true;
    }

    /// <summary>The index of the key in the dataset format's relation keys, or -1.</summary>
    private static int Key(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("source"u8) ? 0
        : reader.ValueTextEquals("type"u8) ? 1
        : reader.ValueTextEquals("target"u8) ? 2
        : reader.ValueTextEquals("weight"u8) ? 3
        : reader.ValueTextEquals("confidence"u8) ? 4
        : reader.ValueTextEquals("since"u8) ? 5
        : reader.ValueTextEquals("until"u8) ? 6
        : reader.ValueTextEquals("context"u8) ? 7
        : reader.ValueTextEquals("evidence"u8) ? 8
        : -1;

    private static bool Actor(ref Utf8JsonReader reader, DatasetReader.Binder binder, IngestLimits limits, out ActorId? id)
    {
        id = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence
            || reader.ValueSpan.Length > ActorId.MaxLength || reader.ValueSpan.Length > limits.MaxNameLength)
        {
            return false;
        }

        // Ids are ASCII letters, digits and - _ . : / in practice; anything else takes the general path.
        Span<char> chars = stackalloc char[ActorId.MaxLength];
        var span = reader.ValueSpan;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] >= 0x80)
            {
                return false;
            }

            chars[i] = (char)span[i];
        }

        if (!binder.TryGetDeclared(chars[..span.Length], out var found))
        {
            return false;
        }

        id = found;
        return true;
    }

    private static bool Kind(ref Utf8JsonReader reader, IngestLimits limits, out RelationKind? kind)
    {
        kind = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > limits.MaxNameLength)
        {
            return false;
        }

        for (var i = 0; i < KindNames.Length; i++)
        {
            if (reader.ValueSpan.SequenceEqual(KindNames[i]))
            {
                kind = Vocabulary.RelationKinds[i];
                return true;
            }
        }

        return false;
    }

    private static bool Fraction(ref Utf8JsonReader reader, IngestLimits limits, out double? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.Number || reader.HasValueSequence || reader.ValueSpan.Length > limits.MaxNameLength
            || !double.TryParse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number) || number is <= 0 or > 1)
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool Date(ref Utf8JsonReader reader, IngestLimits limits, out DateOnly? date)
    {
        date = null;
        Span<char> chars = stackalloc char[10];
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence
            || reader.ValueSpan.Length != 10 || limits.MaxNameLength < 10
            || Encoding.UTF8.GetChars(reader.ValueSpan, chars) != 10
            || !DateOnly.TryParseExact(chars, IsoDate.Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private static bool Text(ref Utf8JsonReader reader, IngestLimits limits, out string? text)
    {
        text = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        var value = reader.GetString()!.Trim();
        if (value.Length == 0 || value.Length > limits.MaxTextLength)
        {
            return false;
        }

        text = value;
        return true;
    }
}
