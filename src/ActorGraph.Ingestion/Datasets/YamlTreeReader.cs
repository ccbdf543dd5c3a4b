using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>Reads YAML text into a <see cref="DocNode"/> tree.</summary>
internal static class YamlTreeReader
{
    private const int MaxDepth = 64;

    public static DocNode Read(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new SyntaxError(Math.Max(1, (int)e.Start.Line), Clean(e));
        }

        return stream.Documents.Count switch
        {
            0 => DocNode.Null(1),
            1 => Convert(stream.Documents[0].RootNode, 0),
            _ => throw new SyntaxError((int)stream.Documents[1].RootNode.Start.Line, "a dataset file holds one YAML document; found a second one"),
        };
    }

    private static DocNode Convert(YamlNode node, int depth)
    {
        var line = (int)node.Start.Line;
        if (depth > MaxDepth)
        {
            throw new SyntaxError(line, $"nested deeper than {MaxDepth} levels");
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                var value = scalar.Value ?? string.Empty;
                var isNull = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value is "" or "~" or "null" or "Null" or "NULL";
                return isNull ? DocNode.Null(line) : DocNode.OfScalar(line, value);
            case YamlSequenceNode sequence:
                return DocNode.OfSequence(line, [.. sequence.Children.Select(c => Convert(c, depth + 1))]);
            case YamlMappingNode mapping:
                var entries = new List<(string, int, DocNode)>(mapping.Children.Count);
                foreach (var (key, value2) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        throw new SyntaxError((int)key.Start.Line, "a key must be a plain name");
                    }

                    entries.Add((name, (int)key.Start.Line, Convert(value2, depth + 1)));
                }

                return DocNode.OfMap(line, entries);
            default:
                throw new SyntaxError(line, "unsupported YAML node");
        }
    }

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the line is reported separately.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }
}
