using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>Reads JSON text into a <see cref="DocNode"/> tree, keeping the line of every value.</summary>
internal static class JsonTreeReader
{
    public static DocNode Read(string text, IngestLimits limits)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            // One more than the limit, so that ReadValue finds the value too deep and names the limit.
            MaxDepth = limits.MaxNestingDepth + 1,
        });
        var values = new ValueCount(limits);
        var maxDepth = limits.MaxNestingDepth;
        try
        {
            if (!reader.Read())
            {
                return DocNode.Null(1);
            }

            var root = ReadValue(ref reader, lineStarts, values, maxDepth);
            if (reader.Read())
            {
                throw new SyntaxError(LineOf(lineStarts, reader.TokenStartIndex), "unexpected content after the JSON document");
            }

            return root;
        }
        catch (JsonException e)
        {
            throw new SyntaxError((int)(e.LineNumber ?? 0) + 1, Clean(e.Message));
        }
        catch (InvalidOperationException)
        {
            // GetString refuses escapes that are not valid UTF-16, such as a lone "\uD800".
            throw new SyntaxError(LineOf(lineStarts, reader.TokenStartIndex), "a string holds an escape (\\uD800 to \\uDFFF) that is not a valid character");
        }
    }

    private static DocNode ReadValue(ref Utf8JsonReader reader, int[] lineStarts, ValueCount values, int maxDepth)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
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
                    items.Add(ReadValue(ref reader, lineStarts, values, maxDepth));
                }

                return DocNode.OfSequence(line, items);
            case JsonTokenType.StartObject:
                var entries = new List<(string, int, DocNode)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyLine = LineOf(lineStarts, reader.TokenStartIndex);
                    var key = reader.GetString()!;
                    if (!seen.Add(key))
                    {
                        throw new SyntaxError(keyLine, $"duplicate key '{key}'");
                    }

                    reader.Read();
                    entries.Add((key, keyLine, ReadValue(ref reader, lineStarts, values, maxDepth)));
                }

                return DocNode.OfMap(line, entries);
            default:
                throw new SyntaxError(line, $"unexpected {reader.TokenType}");
        }
    }

    private static int[] LineStarts(byte[] bytes)
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

    private static int LineOf(int[] lineStarts, long offset)
    {
        var index = Array.BinarySearch(lineStarts, (int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static string Clean(string message)
    {
        // System.Text.Json appends " LineNumber: 2 | BytePositionInLine: 4."; the line is reported separately.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }
}
