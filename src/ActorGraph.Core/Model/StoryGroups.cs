using ActorGraph.Core.Text;

namespace ActorGraph.Core.Model;

/// <summary>
/// Groups sources into stories: articles whose <see cref="SourceInfo.Fingerprint"/> signatures are at least
/// <see cref="StoryFingerprint.Threshold"/> alike are copies of one story (syndicated wire copy, republished
/// reports), and so are their copies' copies. A source without a fingerprint (a dataset) is a story of its own.
/// Each story is credited to the publisher of its earliest copy (by publication day, then source id).
/// Candidate pairs come from locality-sensitive hashing over bands of the signatures, so grouping stays
/// near-linear in the number of sources.
/// </summary>
public sealed class StoryGroups
{
    private const int Bands = 32;
    private const int RowsPerBand = StoryFingerprint.Hashes / Bands;

    private readonly Dictionary<string, string> _storyOf;
    private readonly Dictionary<string, string> _publisherOf;
    private readonly Dictionary<string, string> _storyPublisher;

    private StoryGroups(Dictionary<string, string> storyOf, Dictionary<string, string> publisherOf, Dictionary<string, string> storyPublisher)
    {
        _storyOf = storyOf;
        _publisherOf = publisherOf;
        _storyPublisher = storyPublisher;
    }

    /// <summary>Groups <paramref name="sources"/>.</summary>
    public static StoryGroups Build(IEnumerable<SourceInfo> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var list = sources.DistinctBy(s => s.Id, StringComparer.Ordinal).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var parent = Enumerable.Range(0, list.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var signatures = new uint[list.Count][];
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        for (var i = 0; i < list.Count; i++)
        {
            if (!StoryFingerprint.TryParse(list[i].Fingerprint, out var slots))
            {
                continue;
            }

            signatures[i] = slots;
            for (var band = 0; band < Bands; band++)
            {
                var key = 0UL;
                for (var r = 0; r < RowsPerBand; r++)
                {
                    key = (key << 32) | slots[(band * RowsPerBand) + r];
                }

                if (!buckets.TryGetValue((band, key), out var members))
                {
                    buckets[(band, key)] = members = [];
                }

                members.Add(i);
            }
        }

        var compared = new HashSet<(int, int)>();
        foreach (var members in buckets.Values.Where(m => m.Count > 1))
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    var (x, y) = (members[a], members[b]);
                    if (Find(x) != Find(y) && compared.Add((x, y))
                        && StoryFingerprint.Similarity(signatures[x], signatures[y]) >= StoryFingerprint.Threshold)
                    {
                        parent[Find(y)] = Find(x);
                    }
                }
            }
        }

        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var publisherOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var storyPublisher = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, list.Count).GroupBy(Find))
        {
            var copies = group.Select(i => list[i]).ToList();
            var first = copies.OrderBy(c => c.Published ?? DateOnly.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal).First();
            var story = copies.Select(c => c.Id).Min(StringComparer.Ordinal)!;
            storyPublisher[story] = Publishers.Of(first);
            foreach (var copy in copies)
            {
                storyOf[copy.Id] = story;
                publisherOf[copy.Id] = Publishers.Of(copy);
            }
        }

        return new StoryGroups(storyOf, publisherOf, storyPublisher);
    }

    /// <summary>The story <paramref name="sourceId"/> belongs to, named by its first source id; an unknown source is its own story.</summary>
    public string StoryOf(string sourceId) => _storyOf.GetValueOrDefault(sourceId, sourceId);

    /// <summary>The publisher of <paramref name="sourceId"/>; an unknown source is its own publisher.</summary>
    public string PublisherOf(string sourceId) => _publisherOf.GetValueOrDefault(sourceId, sourceId);

    /// <summary>The publisher a story is credited to: that of its earliest copy.</summary>
    public string PublisherOfStory(string story) => _storyPublisher.GetValueOrDefault(story, story);

    /// <summary>The sources of each story with more than one copy, keyed by story.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Copies() =>
        _storyOf.GroupBy(p => p.Value, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Key).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
}
