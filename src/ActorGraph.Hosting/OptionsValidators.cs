using ActorGraph.Storage.Embedded;
using ActorGraph.Storage.Neo4j;
using Microsoft.Extensions.Options;

namespace ActorGraph.Hosting;

/// <summary>Checks <see cref="EmbeddedStoreOptions"/> by their annotations (generated at compile time).</summary>
[OptionsValidator]
internal sealed partial class EmbeddedStoreOptionsValidator : IValidateOptions<EmbeddedStoreOptions>;

/// <summary>Checks <see cref="Neo4jStoreOptions"/> by their annotations and cross-setting rules (generated at compile time); never echoes the password.</summary>
[OptionsValidator]
internal sealed partial class Neo4jStoreOptionsValidator : IValidateOptions<Neo4jStoreOptions>;

/// <summary>Checks <see cref="ExtractionOptions"/> (generated at compile time).</summary>
[OptionsValidator]
internal sealed partial class ExtractionOptionsValidator : IValidateOptions<ExtractionOptions>;

/// <summary>Checks <see cref="IngestionOptions"/> (generated at compile time).</summary>
[OptionsValidator]
internal sealed partial class IngestionOptionsValidator : IValidateOptions<IngestionOptions>;
