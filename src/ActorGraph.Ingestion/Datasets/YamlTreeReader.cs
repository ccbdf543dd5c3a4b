using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// Reads YAML text into a <see cref="DocNode"/> tree from YamlDotNet's event stream, never its object model: anchors
/// and aliases are refused (a dataset never needs them, and nested aliases expand exponentially), nesting depth and
/// the number of values are capped, and every failure of the parser becomes a <see cref="SyntaxError"/> with a line.
/// </summary>
internal static class YamlTreeReader
{
    public static DocNode Read(string text, IngestLimits limits)
    {
        var parser = new Parser(new StringReader(text));
        var lines = LineCount(text);
        var builder = new Builder(limits, lines);
        try
        {
            while (parser.MoveNext())
            {
                builder.Add(parser.Current!);
            }
        }
        catch (YamlException e)
        {
            throw new SyntaxError(Math.Clamp((int)e.Start.Line, 1, lines), Clean(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails with these on some malformed text (a flow sequence cut across lines) instead
            // of a YamlException; the fault lies after the last value it read.
            throw new SyntaxError(builder.LastLine, "not well-formed YAML after this line (an unclosed [ or {, or a value cut off?)");
        }

        return builder.Root ?? DocNode.Null(1);
    }

    /// <summary>
    /// The lines of <paramref name="text"/> as YAML counts them (CR LF, CR, LF, NEL, LS and PS end a line). The parser
    /// places an error at the end of a file without a final line break on the line after; it is reported on the last.
    /// </summary>
    private static int LineCount(string text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\u0085' or '\u2028' or '\u2029' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the line is reported separately.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }

    /// <summary>Builds the tree from parsing events, with an explicit stack (no recursion).</summary>
    private sealed class Builder(IngestLimits limits, int lines)
    {
        private readonly Stack<Frame> _open = new();
        private readonly ValueCount _values = new(limits);
        private int _documents;

        public DocNode? Root { get; private set; }

        public int LastLine { get; private set; } = 1;

        public void Add(ParsingEvent e)
        {
            var line = Math.Clamp((int)e.Start.Line, 1, lines);
            LastLine = Math.Max(LastLine, line);
            switch (e)
            {
                case DocumentStart when ++_documents > 1:
                    throw new SyntaxError(line, "a dataset file holds one YAML document; found a second one");
                case AnchorAlias alias:
                    throw new SyntaxError(line, $"aliases (*{alias.Value}) are not supported: a dataset never needs them; write the value out");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    throw new SyntaxError(line, $"anchors (&{node.Anchor}) are not supported: a dataset never needs them; write the value out");
                case Scalar scalar:
                    var value = scalar.Value ?? string.Empty;
                    var isNull = scalar.Style == ScalarStyle.Plain && value is "" or "~" or "null" or "Null" or "NULL";
                    if (_open.TryPeek(out var parent) && parent.IsMap && parent.Key is null)
                    {
                        _values.Add(line);
                        parent.Key = (value, line);
                        break;
                    }

                    Attach(isNull ? DocNode.Null(line) : DocNode.OfScalar(line, value));
                    break;
                case SequenceStart or MappingStart:
                    if (_open.TryPeek(out var owner) && owner.IsMap && owner.Key is null)
                    {
                        throw new SyntaxError(line, "a key must be a plain name");
                    }

                    if (_open.Count >= limits.MaxNestingDepth)
                    {
                        throw new SyntaxError(line, $"nested deeper than {limits.MaxNestingDepth} levels");
                    }

                    _open.Push(new Frame(line, e is MappingStart));
                    break;
                case SequenceEnd or MappingEnd:
                    var done = _open.Pop();
                    Attach(done.IsMap ? DocNode.OfMap(done.Line, done.Entries) : DocNode.OfSequence(done.Line, done.Items));
                    break;
                default:
                    break;
            }
        }

        private void Attach(DocNode node)
        {
            _values.Add(node.Line);
            if (!_open.TryPeek(out var parent))
            {
                Root = node;
            }
            else if (parent.IsMap)
            {
                var (key, keyLine) = parent.Key!.Value;
                parent.Entries.Add((key, keyLine, node));
                parent.Key = null;
            }
            else
            {
                parent.Items.Add(node);
            }
        }
    }

    private sealed class Frame(int line, bool isMap)
    {
        public int Line { get; } = line;

        public bool IsMap { get; } = isMap;

        public (string Name, int Line)? Key { get; set; }

        public List<(string Key, int Line, DocNode Value)> Entries { get; } = [];

        public List<DocNode> Items { get; } = [];
    }
}
