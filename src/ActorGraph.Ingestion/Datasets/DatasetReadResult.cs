using ActorGraph.Core.Model;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>The outcome of reading one dataset file: a document, or every error found in it.</summary>
public sealed class DatasetReadResult
{
    private DatasetReadResult(SourceDocument? document, SourceStream? stream, IReadOnlyList<DatasetError> errors)
    {
        Document = document;
        Stream = stream;
        Errors = errors;
    }

    /// <summary>The document, when the file had no error and was read whole.</summary>
    public SourceDocument? Document { get; }

    /// <summary>
    /// The source as a stream that reads the file again in batches, when the file had no error and was only checked
    /// (<see cref="JsonLinesDatasetReader.CheckFileAsync"/>, <see cref="CsvFolderReader.CheckAsync"/>).
    /// </summary>
    public SourceStream? Stream { get; }

    /// <summary>Every error found, in file order; empty on success.</summary>
    public IReadOnlyList<DatasetError> Errors { get; }

    /// <summary>True when the file was read without error.</summary>
    public bool Succeeded => Document is not null || Stream is not null;

    internal static DatasetReadResult Success(SourceDocument document) => new(document, null, []);

    internal static DatasetReadResult Success(SourceStream stream) => new(null, stream, []);

    internal static DatasetReadResult Failure(IReadOnlyList<DatasetError> errors) => new(null, null, errors);
}
