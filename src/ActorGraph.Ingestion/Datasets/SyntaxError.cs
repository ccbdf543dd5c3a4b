namespace ActorGraph.Ingestion.Datasets;

/// <summary>A document that is not well-formed YAML or JSON.</summary>
internal sealed class SyntaxError(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
