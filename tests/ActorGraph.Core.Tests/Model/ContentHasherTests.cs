using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Tests.Model;

public sealed class ContentHasherTests
{
    [Fact]
    public void Compute_RandomDocuments_EqualsTheDefinition()
    {
        var random = new Random(14);
        for (var round = 0; round < 200; round++)
        {
            var (source, actors, roles, relations) = RandomDocument(random);

            var hash = ContentHasher.Compute(source, actors, roles, relations);

            Assert.Equal(Reference(source, actors, roles, relations), hash);
        }
    }

    [Fact]
    public void Compute_LargeDocument_SummedOnSeveralCores_EqualsTheDefinition()
    {
        var random = new Random(5);
        var (source, actors, roles, _) = RandomDocument(random);
        var ids = Enumerable.Range(0, 3000).Select(i => ActorId.Parse($"x{i}")).ToList();
        var relations = Enumerable.Range(0, 50_000).Select(i => new Relation(
            ids[random.Next(ids.Count)], Vocabulary.RelationKinds[random.Next(4)], ids[random.Next(ids.Count)],
            random.Next(1, 1000) / 1000.0, 1, null, null, null, i % 7 == 0 ? "e" : null)).ToList();

        var hash = ContentHasher.Compute(source, actors, roles, relations);

        Assert.Equal(Reference(source, actors, roles, relations), hash);
    }

    [Fact]
    public void Compute_SameAssertionsInAnotherOrder_GivesTheSameHash()
    {
        var random = new Random(21);
        var (source, actors, roles, relations) = RandomDocument(random);

        var shuffled = ContentHasher.Compute(source, [.. actors.OrderBy(_ => random.Next())], [.. roles.OrderBy(_ => random.Next())], [.. relations.OrderBy(_ => random.Next())]);

        Assert.Equal(ContentHasher.Compute(source, actors, roles, relations), shuffled);
    }

    [Fact]
    public void Compute_OneFieldChangedOrOneAssertionRepeated_GivesAnotherHash()
    {
        var (source, actors, roles, relations) = RandomDocument(new Random(8));
        relations.Add(new Relation(actors[0].Id, RelationKind.Leads, actors[1].Id, 0.5, 1, null, null, null, null));
        var hash = ContentHasher.Compute(source, actors, roles, relations);

        List<Relation> changed = [.. relations[..^1], relations[^1] with { Weight = 0.25 }];
        List<Relation> repeated = [.. relations, relations[^1]];
        List<Relation> moved = [.. relations[..^1], relations[^1] with { Kind = RelationKind.Advises }];

        Assert.NotEqual(hash, ContentHasher.Compute(source, actors, roles, changed));
        Assert.NotEqual(hash, ContentHasher.Compute(source, actors, roles, repeated));
        Assert.NotEqual(hash, ContentHasher.Compute(source, actors, roles, moved));
        Assert.NotEqual(hash, ContentHasher.Compute(source with { Title = "other" }, actors, roles, relations));
    }

    [Fact]
    public void Compute_AnActorLineAsARelationLine_DoesNotCollide()
    {
        // The kinds are summed apart: the same line hashes cannot move from one kind to another unnoticed.
        var source = new SourceInfo("s", null, null, null);
        var a = new Actor(ActorId.Parse("a"), "A", ActorKind.Person, []);
        var b = new Actor(ActorId.Parse("b"), "B", ActorKind.Person, []);

        Assert.NotEqual(ContentHasher.Compute(source, [a, b], [], []), ContentHasher.Compute(source, [a], [], []));
        Assert.NotEqual(ContentHasher.Compute(source, [], [], []), ContentHasher.Compute(source with { Id = "t" }, [], [], []));
    }

    [Fact]
    public void ContentHashBuilder_AssertionsOneAtATimeInAnyOrder_EqualsTheDocumentsHash()
    {
        var random = new Random(33);
        for (var round = 0; round < 50; round++)
        {
            var (source, actors, roles, relations) = RandomDocument(random);
            var builder = new ContentHashBuilder(source);
            foreach (var relation in relations.AsEnumerable().Reverse())
            {
                builder.Add(relation);
            }

            builder.Add(new SourceBatch(actors, roles, []));

            Assert.Equal(new SourceDocument(source, actors, roles, relations).ContentHash, builder.ToHash());
            Assert.Equal((actors.Count, roles.Count, relations.Count), ((int)builder.Actors, (int)builder.Roles, (int)builder.Relations));
        }
    }

    [Fact]
    public void KeyOrder_RelationsInAnyOrder_AreOrderedBySourceTypeNameAndTarget()
    {
        var (_, _, _, relations) = RandomDocument(new Random(7));

        var order = ContentHasher.KeyOrder(relations);

        var expected = relations
            .OrderBy(r => r.Source.Value, StringComparer.Ordinal)
            .ThenBy(r => Vocabulary.Name(r.Kind), StringComparer.Ordinal)
            .ThenBy(r => r.Target.Value, StringComparer.Ordinal)
            .Select(r => (r.Source, r.Kind, r.Target));
        Assert.Equal(expected, order.Select(i => (relations[i].Source, relations[i].Kind, relations[i].Target)));
    }

    [Fact]
    public void RelationsInKeyOrder_OfADocument_HoldsEveryRelationOnce()
    {
        var (source, actors, roles, relations) = RandomDocument(new Random(3));

        var document = new SourceDocument(source, actors, roles, relations);

        Assert.Equal(relations.Count, document.RelationsInKeyOrder().Distinct().Count());
        Assert.True(document.RelationsInKeyOrder().Zip(document.RelationsInKeyOrder().Skip(1))
            .All(p => string.CompareOrdinal(p.First.Source.Value, p.Second.Source.Value) <= 0));
    }

    private static (SourceInfo, List<Actor>, List<Role>, List<Relation>) RandomDocument(Random random)
    {
        // Ids that are prefixes of each other, texts with characters below the field separator, repeated keys.
        string[] ids = ["a", "ab", "a-b", "b", "b.c", "z9", "a:1", "ab/c", "\u00e9t\u00e9"];
        string[] texts = ["x", "x\ty", "x\u0001", "\u001fq", "said \"so\"", "\ud800lone", "\u00fc", "a\nb"];
        string? Text() => random.Next(3) == 0 ? null : texts[random.Next(texts.Length)];
        DateOnly? Day() => random.Next(2) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(900));
        var source = new SourceInfo("s", Text(), null, Day(), random.Next(2) == 0 ? null : "pub");
        var actors = ids.Select(i => new Actor(ActorId.Parse(i), "Name " + Text(), ActorKind.Person, random.Next(2) == 0 ? [] : ["x", "b"])).ToList();
        var roles = Enumerable.Range(0, random.Next(4))
            .Select(_ => new Role(actors[random.Next(actors.Count)].Id, "t" + Text(), null, Day(), null)).ToList();
        var relations = Enumerable.Range(0, random.Next(60)).Select(_ => new Relation(
            actors[random.Next(actors.Count)].Id, Vocabulary.RelationKinds[random.Next(4)], actors[random.Next(actors.Count)].Id,
            random.Next(1, 1000) / 1000.0, 1.0 / random.Next(1, 7), Day(), Day(), Text(), Text())).ToList();
        return (source, actors, roles, relations);
    }

    /// <summary>
    /// The hash as defined: every line as a string; each line's SHA-256 read as a little-endian number and summed per
    /// kind modulo 2^256; the source's line, then each kind's name, count and sum (hex, little-endian), hashed.
    /// </summary>
    private static string Reference(SourceInfo source, List<Actor> actors, List<Role> roles, List<Relation> relations)
    {
        static string Line(params string?[] fields) => string.Join('\u001e', fields.Select(f => f ?? "\u0000"));
        static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Sum(IEnumerable<string> lines)
        {
            var modulus = BigInteger.One << 256;
            var sum = lines.Aggregate(BigInteger.Zero, (total, line) =>
                (total + new BigInteger(SHA256.HashData(Encoding.UTF8.GetBytes(line)), isUnsigned: true, isBigEndian: false)) % modulus);
            var bytes = new byte[32];
            sum.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
            return Convert.ToHexStringLower(bytes);
        }

        var head = Line("source", source.Id, source.Title, source.Url?.OriginalString, Date(source.Published));
        if (source.Publisher is not null || source.Fingerprint is not null)
        {
            head += Line(string.Empty, source.Publisher, source.Fingerprint);
        }

        var actorLines = actors.Select(a => Line("actor", a.Id.Value, a.Name, Vocabulary.Name(a.Kind), string.Join('\u001f', a.Aliases.Order(StringComparer.Ordinal)))).ToList();
        var roleLines = roles.Select(r => Line("role", r.Person.Value, r.Title, r.Of?.Value, Date(r.Since), Date(r.Until))).ToList();
        var relationLines = relations.Select(r => Line("relation", r.Source.Value, Vocabulary.Name(r.Kind), r.Target.Value,
            r.Weight.ToString("R", CultureInfo.InvariantCulture), r.Confidence.ToString("R", CultureInfo.InvariantCulture),
            Date(r.Since), Date(r.Until), r.Context, r.Evidence)).ToList();
        var text = string.Join('\n', [
            head,
            $"actors\u001e{actorLines.Count}\u001e{Sum(actorLines)}",
            $"roles\u001e{roleLines.Count}\u001e{Sum(roleLines)}",
            $"relations\u001e{relationLines.Count}\u001e{Sum(relationLines)}"]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
