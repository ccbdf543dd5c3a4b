using System.Collections.Frozen;
using System.Net;

namespace ActorGraph.Core.Model;

/// <summary>Who published a source: the basis of telling independent reports from copies.</summary>
public static class Publishers
{
    // Second-level labels under which registrations sit one level deeper: bbc.co.uk, abc.net.au, nhk.or.jp.
    private static readonly FrozenSet<string> SecondLevels = FrozenSet.ToFrozenSet(
        ["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gv", "gob", "nic", "mil"], StringComparer.Ordinal);

    /// <summary>
    /// The publisher of <paramref name="source"/>: its <see cref="SourceInfo.Publisher"/>, else the registrable
    /// domain of its URL, else the source's own id (a source nobody else is known to share a publisher with).
    /// </summary>
    public static string Of(SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Publisher is { Length: > 0 } publisher ? publisher
            : RegistrableDomain(source.Url) ?? source.Id;
    }

    /// <summary>
    /// The registrable domain of <paramref name="url"/> (<c>https://www.reuters.com/world/x</c> → <c>reuters.com</c>,
    /// <c>https://news.bbc.co.uk/</c> → <c>bbc.co.uk</c>): the last two labels of the host, or three when the second
    /// last is a common second-level label under a two-letter country code. Null without a host.
    /// </summary>
    public static string? RegistrableDomain(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || string.IsNullOrEmpty(url.Host))
        {
            return null;
        }

        var host = url.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(host.Trim('[', ']'), out _))
        {
            return host;
        }

        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length <= 2)
        {
            return host;
        }

        var take = labels[^1].Length == 2 && SecondLevels.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^take..]);
    }
}
