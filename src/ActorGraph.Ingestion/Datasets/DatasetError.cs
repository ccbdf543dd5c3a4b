namespace ActorGraph.Ingestion.Datasets;

/// <summary>One thing wrong with a dataset file, where it is and what it is.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Field">The field, such as <c>relations[2].weight</c>, or <c>syntax</c> / <c>file</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record DatasetError(string File, int Line, string Field, string Message)
{
    /// <summary>The error as <c>file:line: field: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
