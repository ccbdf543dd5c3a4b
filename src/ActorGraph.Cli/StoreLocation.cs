using ActorGraph.Core.Storage;
using ActorGraph.Storage.Embedded;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Cli;

/// <summary>The <c>--store</c> value: <c>sqlite:PATH</c>.</summary>
internal sealed record StoreLocation(string Scheme, string Target)
{
    public const string EnvironmentVariable = "ACTORGRAPH_STORE";
    public const string Default = "sqlite:actorgraph.db";

    public static bool TryParse(string text, out StoreLocation? location, out string? error)
    {
        location = null;
        error = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? text[..colon].ToLowerInvariant() : string.Empty;
        var target = colon > 0 ? text[(colon + 1)..] : text;
        if (scheme != "sqlite")
        {
            error = $"unknown store '{text}': expected sqlite:PATH (for example {Default})";
            return false;
        }

        if (string.IsNullOrWhiteSpace(target))
        {
            error = "--store sqlite: needs a file path, for example sqlite:actorgraph.db";
            return false;
        }

        location = new StoreLocation(scheme, target);
        return true;
    }

    public async Task<IGraphStore> OpenAsync(ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Target }, TimeProvider.System, loggerFactory);
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
