namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// A YAML or JSON value with the line it starts on: the one tree both syntaxes are read into,
/// so one schema binder serves both and every error can name its line.
/// </summary>
internal sealed class DocNode
{
    private DocNode(DocNodeKind kind, int line, string? scalar, List<(string Key, int Line, DocNode Value)>? entries, List<DocNode>? items)
    {
        Kind = kind;
        Line = line;
        Scalar = scalar;
        Entries = entries ?? [];
        Items = items ?? [];
    }

    public DocNodeKind Kind { get; }

    /// <summary>1-based line the value starts on.</summary>
    public int Line { get; }

    public string? Scalar { get; }

    public List<(string Key, int Line, DocNode Value)> Entries { get; }

    public List<DocNode> Items { get; }

    public static DocNode Null(int line) => new(DocNodeKind.Null, line, null, null, null);

    public static DocNode OfScalar(int line, string value) => new(DocNodeKind.Scalar, line, value, null, null);

    public static DocNode OfMap(int line, List<(string Key, int Line, DocNode Value)> entries) => new(DocNodeKind.Map, line, null, entries, null);

    public static DocNode OfSequence(int line, List<DocNode> items) => new(DocNodeKind.Sequence, line, null, null, items);

    public static string Describe(DocNodeKind kind) => kind switch
    {
        DocNodeKind.Map => "a mapping",
        DocNodeKind.Sequence => "a list",
        DocNodeKind.Scalar => "a value",
        _ => "nothing",
    };
}

internal enum DocNodeKind
{
    Null,
    Scalar,
    Map,
    Sequence,
}
