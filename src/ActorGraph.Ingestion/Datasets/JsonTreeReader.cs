using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>Reads JSON text into a <see cref="DocNode"/> tree, keeping the line of every value.</summary>
internal static class JsonTreeReader
{
    private static readonly int[] OneLine = [0];

    public static DocNode Read(string text, IngestLimits limits) =>
        Read(Encoding.UTF8.GetBytes(text), limits, new ValueCount(limits), firstLine: 1);

    /// <summary>
    /// Reads one JSON document from <paramref name="bytes"/>, counting its values into <paramref name="values"/> and
    /// numbering its lines from <paramref name="firstLine"/>: a line of a JSON Lines file is read alone, with its line.
    /// </summary>
    public static DocNode Read(ReadOnlySpan<byte> bytes, IngestLimits limits, ValueCount values, int firstLine)
    {
        // A line of JSON Lines has no line break: its one line needs no map.
        var lines = new LineMap(bytes.Contains((byte)'\n') ? LineStarts(bytes) : OneLine, firstLine);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            // One more than the limit, so that ReadValue finds the value too deep and names the limit.
            MaxDepth = limits.MaxNestingDepth + 1,
        });
        var maxDepth = limits.MaxNestingDepth;
        try
        {
            if (!reader.Read())
            {
                return DocNode.Null(firstLine);
            }

            var root = ReadValue(ref reader, lines, values, maxDepth);
            if (reader.Read())
            {
                throw new SyntaxError(lines.Of(reader.TokenStartIndex), "unexpected content after the JSON document");
            }

            return root;
        }
        catch (JsonException e)
        {
            throw new SyntaxError((int)(e.LineNumber ?? 0) + firstLine, Clean(e.Message));
        }
        catch (InvalidOperationException)
        {
            // GetString refuses escapes that are not valid UTF-16, such as a lone "\uD800".
            throw new SyntaxError(lines.Of(reader.TokenStartIndex), "a string holds an escape (\\uD800 to \\uDFFF) that is not a valid character");
        }
    }

    private static DocNode ReadValue(ref Utf8JsonReader reader, LineMap lines, ValueCount values, int maxDepth)
    {
        var line = lines.Of(reader.TokenStartIndex);
        values.Add(line);
        if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject && reader.CurrentDepth >= maxDepth)
        {
            throw new SyntaxError(line, $"nested deeper than {maxDepth} levels");
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return DocNode.Null(line);
            case JsonTokenType.String:
                return DocNode.OfScalar(line, reader.GetString()!);
            case JsonTokenType.Number:
                return DocNode.OfScalar(line, Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
            case JsonTokenType.True or JsonTokenType.False:
                return DocNode.OfScalar(line, reader.TokenType == JsonTokenType.True ? "true" : "false");
            case JsonTokenType.StartArray:
                var items = new List<DocNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, values, maxDepth));
                }

                return DocNode.OfSequence(line, items);
            case JsonTokenType.StartObject:
                var entries = new List<(string Key, int, DocNode)>();
                HashSet<string>? seen = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyLine = lines.Of(reader.TokenStartIndex);
                    var key = reader.GetString()!;

                    // Items have a handful of keys: a set is made only for a large mapping.
                    var repeated = seen is not null ? !seen.Add(key) : entries.Exists(e => e.Key == key);
                    if (seen is null && entries.Count >= 16)
                    {
                        seen = [.. entries.Select(e => e.Key), key];
                    }

                    if (repeated)
                    {
                        throw new SyntaxError(keyLine, $"duplicate key '{key}'");
                    }

                    reader.Read();
                    entries.Add((key, keyLine, ReadValue(ref reader, lines, values, maxDepth)));
                }

                return DocNode.OfMap(line, entries);
            default:
                throw new SyntaxError(line, $"unexpected {reader.TokenType}");
        }
    }

    private static int[] LineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>The line of a byte offset, counted from the first line of the text read.</summary>
    private readonly record struct LineMap(int[] Starts, int FirstLine)
    {
        public int Of(long offset)
        {
            var index = Array.BinarySearch(Starts, (int)offset);
            return (index >= 0 ? index : ~index - 1) + FirstLine;
        }
    }

    private static string Clean(string message)
    {
        // System.Text.Json appends " LineNumber: 2 | BytePositionInLine: 4."; the line is reported separately.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }
}
