using ActorGraph.Core.Model;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>The outcome of reading one dataset file: a document, or every error found in it.</summary>
public sealed class DatasetReadResult
{
    private DatasetReadResult(SourceDocument? document, IReadOnlyList<DatasetError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The document, when the file had no error.</summary>
    public SourceDocument? Document { get; }

    /// <summary>Every error found, in file order; empty on success.</summary>
    public IReadOnlyList<DatasetError> Errors { get; }

    /// <summary>True when the file was read without error.</summary>
    public bool Succeeded => Document is not null;

    internal static DatasetReadResult Success(SourceDocument document) => new(document, []);

    internal static DatasetReadResult Failure(IReadOnlyList<DatasetError> errors) => new(null, errors);
}
