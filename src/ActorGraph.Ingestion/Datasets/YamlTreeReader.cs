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
        var builder = new Builder(limits);
        try
        {
            while (parser.MoveNext())
            {
                builder.Add(parser.Current!);
            }
        }
        catch (YamlException e)
        {
            throw new SyntaxError(Math.Max(1, (int)e.Start.Line), Clean(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails with these on some malformed text (a flow sequence cut across lines) instead
            // of a YamlException; the fault lies after the last value it read.
            throw new SyntaxError(builder.LastLine, "not well-formed YAML after this line (an unclosed [ or {, or a value cut off?)");
        }

        return builder.Root ?? DocNode.Null(1);
    }

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the line is reported separately.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }

    /// <summary>Builds the tree from parsing events, with an explicit stack (no recursion).</summary>
    private sealed class Builder(IngestLimits limits)
    {
        private readonly Stack<Frame> _open = new();
        private readonly ValueCount _values = new(limits);
        private int _documents;

        public DocNode? Root { get; private set; }

        public int LastLine { get; private set; } = 1;

        public void Add(ParsingEvent e)
        {
            var line = Math.Max(1, (int)e.Start.Line);
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

                    if (_open.Count > limits.MaxNestingDepth)
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
