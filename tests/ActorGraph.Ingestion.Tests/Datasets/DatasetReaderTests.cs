using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Ingestion.Datasets;
using ActorGraph.Testing;
using CsCheck;

namespace ActorGraph.Ingestion.Tests.Datasets;

public sealed class DatasetReaderTests
{
    private const string ValidYaml = """
        source: { id: riyadh-talks-2025-02-18, title: "Talks", url: "https://example.org/a", published: 2025-02-18 }
        actors:
          - { name: Marco Rubio, kind: person, aliases: [Rubio] }
          - { name: US delegation, kind: group }
          - { name: United States, kind: country, aliases: [US] }
          - { id: lavrov, name: Sergéy Lavrov, kind: person, aliases: [Lawrow] }
        roles:
          - { person: Marco Rubio, title: Secretary of State, of: United States, since: 2025-01-21 }
        relations:
          - { source: Marco Rubio, type: LEADS, target: US delegation, weight: 0.9, confidence: 1.0, since: 2025-02-18, evidence: "..." }
          - { source: lawrow, type: advises, target: rubio }
        """;

    private const string ValidJson = """
        {
          "source": { "id": "riyadh-talks-2025-02-18", "title": "Talks", "url": "https://example.org/a", "published": "2025-02-18" },
          "actors": [
            { "name": "Marco Rubio", "kind": "person", "aliases": ["Rubio"] },
            { "name": "US delegation", "kind": "group" },
            { "name": "United States", "kind": "country", "aliases": ["US"] },
            { "id": "lavrov", "name": "Sergéy Lavrov", "kind": "person", "aliases": ["Lawrow"] }
          ],
          "roles": [ { "person": "Marco Rubio", "title": "Secretary of State", "of": "United States", "since": "2025-01-21" } ],
          "relations": [
            { "source": "Marco Rubio", "type": "LEADS", "target": "US delegation", "weight": 0.9, "confidence": 1.0, "since": "2025-02-18", "evidence": "..." },
            { "source": "lawrow", "type": "advises", "target": "rubio" }
          ]
        }
        """;

    [Fact]
    public void Read_IssueExampleInYaml_ReadsEveryKey()
    {
        var document = Read("a.yaml", ValidYaml).Document!;

        Assert.Equal(new SourceInfo("riyadh-talks-2025-02-18", "Talks", new Uri("https://example.org/a"), new DateOnly(2025, 2, 18)), document.Source);
        Assert.Equal(["marco-rubio", "us-delegation", "united-states", "lavrov"], document.Actors.Select(a => a.Id.Value));
        Assert.Equal(["Rubio"], document.Actors[0].Aliases);
        var role = Assert.Single(document.Roles);
        Assert.Equal(new Role(ActorId.Parse("marco-rubio"), "Secretary of State", ActorId.Parse("united-states"), new DateOnly(2025, 1, 21), null), role);
        var leads = document.Relations[0];
        Assert.Equal((RelationKind.Leads, 0.9, 1.0, "..."), (leads.Kind, leads.Weight, leads.Confidence, leads.Evidence));
    }

    [Fact]
    public void Read_DefaultsForWeightAndConfidence_ComeFromTheRelationType()
    {
        var advises = Read("a.yaml", ValidYaml).Document!.Relations[1];

        Assert.Equal(ActorId.Parse("lavrov"), advises.Source);
        Assert.Equal(ActorId.Parse("marco-rubio"), advises.Target);
        Assert.Equal(Vocabulary.DefaultWeight(RelationKind.Advises), advises.Weight);
        Assert.Equal(Vocabulary.DefaultConfidence, advises.Confidence);
    }

    [Fact]
    public void Read_SameDatasetAsJsonAndYaml_GivesTheSameContentHash()
    {
        var yaml = Read("a.yaml", ValidYaml).Document!;
        var json = Read("a.json", ValidJson).Document!;

        Assert.Equal(yaml.ContentHash, json.ContentHash);
    }

    [Fact]
    public void Read_NoSourceKey_UsesTheDefaultSourceId()
    {
        var document = Read("a.yaml", "actors:\n  - { name: A, kind: person }\n", "samples/a.yaml").Document!;

        Assert.Equal("samples/a.yaml", document.Source.Id);
    }

    [Theory]
    [InlineData("actors:\n  - { name: A, kind: person\n", 3, "syntax", "")]
    [InlineData("actors:\n  - { name: A, kind: robot }\n", 2, "actors[0].kind", "unknown kind 'robot'")]
    [InlineData("actors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: BRIBES, target: B }\n", 5, "relations[0].type", "unknown relation type 'BRIBES'")]
    [InlineData("actors:\n  - { name: A, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: Nobody }\n", 4, "relations[0].target", "unknown actor 'Nobody'")]
    [InlineData("actors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: B, weight: 1.5 }\n", 5, "relations[0].weight", "outside (0, 1]")]
    [InlineData("actors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: B, confidence: 0 }\n", 5, "relations[0].confidence", "outside (0, 1]")]
    [InlineData("actors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: B, weight: heavy }\n", 5, "relations[0].weight", "'heavy' is not a number")]
    [InlineData("actors:\n  - { id: x, name: A, kind: person }\n  - { id: X, name: B, kind: person }\n", 3, "actors[1].id", "already used by actors[0] (line 2)")]
    [InlineData("actors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: B, since: 2025-02-30 }\n", 5, "relations[0].since", "'2025-02-30' is not a date")]
    [InlineData("actors:\n  - { name: A, kind: person }\nroles:\n  - { person: A, title: T, since: yesterday }\n", 4, "roles[0].since", "not a date")]
    [InlineData("actors:\n  - { name: A, kind: person }\nrelation:\n  - { source: A }\n", 3, "relation", "unknown key")]
    [InlineData("actors:\n  - { name: A, kind: country }\nroles:\n  - { person: A, title: President }\n", 4, "roles[0].person", "not a person")]
    [InlineData("actors:\n  - { name: A, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: A }\n", 4, "relations[0].target", "cannot relate to itself")]
    [InlineData("actors:\n  - { kind: person }\n", 2, "actors[0].name", "is required")]
    [InlineData("", 1, "file", "empty")]
    [InlineData("- just\n- a list\n", 1, "file", "expected a mapping")]
    // The cut flow sequence made YamlDotNet's scanner throw InvalidOperationException, which ended the process.
    [InlineData("actors:\n  - name: Vladimir Putin\n    kind: person\n    aliases: [Mosco\n  - w, the Kremlin] }\n", 4, "syntax", "not well-formed YAML")]
    [InlineData("a0: &a0 [lol, lol, lol]\na1: &a1 [*a0, *a0, *a0]\na2: &a2 [*a1, *a1, *a1]\n", 1, "syntax", "anchors (&a0) are not supported")]
    [InlineData("actors:\n  - *someone\n", 2, "syntax", "aliases (*someone) are not supported")]
    public void Read_BadYaml_NamesFileLineAndField(string yaml, int line, string field, string message)
    {
        var result = Read("bad.yaml", yaml);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("bad.yaml", line, field), (error.File, error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.yaml:{line}: {field}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"actors\": [\n    { \"name\": \"A\", \"kind\": \"person\" },\n  ]\n  \"roles\": []\n}", 5, "syntax")]
    [InlineData("{\n  \"actors\": [\n    { \"name\": \"A\", \"kind\": \"person\", \"name\": \"B\" }\n  ]\n}", 3, "syntax")]
    [InlineData("{\n  \"actors\": [ { \"name\": \"\\ud800\", \"kind\": \"person\" } ]\n}", 2, "syntax")]
    [InlineData("{\n  \"actors\": [\n    { \"name\": \"A\", \"kind\": \"person\" },\n    { \"name\": \"B\", \"kind\": \"person\" }\n  ],\n  \"relations\": [\n    { \"source\": \"A\", \"type\": \"LEADS\", \"target\": \"B\", \"weight\": -0.5 }\n  ]\n}", 7, "relations[0].weight")]
    public void Read_BadJson_NamesFileLineAndField(string json, int line, string field)
    {
        var error = Assert.Single(Read("bad.json", json).Errors);

        Assert.Equal((line, field), (error.Line, error.Field));
    }

    [Fact]
    public void Read_SeveralErrors_ReportsEachInLineOrder()
    {
        var result = Read("bad.yaml", "actors:\n  - { name: A, kind: robot }\n  - { name: B, kind: person }\nrelations:\n  - { source: B, type: LEADS, target: C }\n  - { source: B, type: LEADS, target: B }\n");

        Assert.Equal([2, 5, 6], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Read_AmbiguousAlias_AsksForAnId()
    {
        var error = Assert.Single(Read("bad.yaml", "actors:\n  - { name: A One, kind: person, aliases: [A] }\n  - { name: A Two, kind: person, aliases: [A] }\nrelations:\n  - { source: A, type: ADVISES, target: A Two }\n").Errors);

        Assert.Contains("several actors (a-one, a-two)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedRelation_IsRejected()
    {
        var error = Assert.Single(Read("bad.yaml", "actors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: B }\n  - { source: a, type: leads, target: b }\n").Errors);

        Assert.Equal(("relations[1]", 6), (error.Field, error.Line));
    }

    [Fact]
    public void Read_InvalidUtf8_NamesTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("actors:\n  - { name: A, kind: person }\n").Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();

        var error = Assert.Single(DatasetReader.Read("bad.yaml", bytes, "bad").Errors);

        Assert.Equal((3, "encoding"), (error.Line, error.Field));
    }

    [Fact]
    public void Read_RandomAndTruncatedDocuments_NeverThrowAndNeverHalfSucceed()
    {
        var json = Encoding.UTF8.GetBytes(ValidJson);
        var yaml = Encoding.UTF8.GetBytes(ValidYaml);
        Gen.Select(Gen.Int[0, yaml.Length], Gen.Int[0, json.Length], Gen.Bool).Sample((yamlCut, jsonCut, asJson) =>
        {
            var result = asJson
                ? DatasetReader.Read("t.json", json.AsSpan(0, jsonCut), "t")
                : DatasetReader.Read("t.yaml", yaml.AsSpan(0, yamlCut), "t");
            return result.Succeeded ? result.Errors.Count == 0 : result.Errors.Count > 0 && result.Document is null;
        }, iter: 2000);

        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var result = DatasetReader.Read("r.yaml", bytes, "r");
            return result.Succeeded != (result.Errors.Count > 0);
        }, iter: 2000);
    }

    [Theory]
    [InlineData("deep.yaml", "actors:\n  - name: [[[[x]]]]\n")]
    [InlineData("deep.json", "{\"actors\": [{\"name\": [[[[\"x\"]]]]}]}")]
    public void Read_NestedDeeperThanTheLimit_IsASyntaxError(string path, string text)
    {
        var error = Assert.Single(DatasetReader.Read(path, Encoding.UTF8.GetBytes(text), "d", new IngestLimits { MaxNestingDepth = 4 }).Errors);

        Assert.Equal("syntax", error.Field);
        Assert.Contains("deeper than 4", error.Message, StringComparison.Ordinal);
        Assert.True(DatasetReader.Read(path, Encoding.UTF8.GetBytes(text), "d", new IngestLimits { MaxNestingDepth = 8 }).Errors.All(e => e.Field != "syntax"));
    }

    [Fact]
    public void Read_MoreItemsThanTheLimit_IsRefusedNamingTheLimit()
    {
        var limits = new IngestLimits { MaxItems = 2 };

        var error = Assert.Single(DatasetReader.Read("many.yaml", Encoding.UTF8.GetBytes(ValidYaml), "m", limits).Errors);

        Assert.Equal(("file", 11), (error.Field, error.Line));
        Assert.Contains("4 actors, 1 roles and 2 relations are more than the 2 items", error.Message, StringComparison.Ordinal);
        Assert.Contains("--limit MaxItems=N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreValuesThanTheItemsAllow_IsASyntaxError()
    {
        var text = "actors: [" + string.Join(", ", Enumerable.Repeat("x", 2000)) + "]";

        var yaml = Assert.Single(DatasetReader.Read("v.yaml", Encoding.UTF8.GetBytes(text), "v", new IngestLimits { MaxItems = 1 }).Errors);
        var json = Assert.Single(DatasetReader.Read("v.json", Encoding.UTF8.GetBytes("{\"actors\": [" + string.Join(", ", Enumerable.Repeat("1", 2000)) + "]}"), "v", new IngestLimits { MaxItems = 1 }).Errors);

        Assert.All(new[] { yaml, json }, e => Assert.Equal(("syntax", "more than 1,024 values"), (e.Field, e.Message[..22])));
    }

    [Theory]
    [InlineData("name", "actors:\n  - { name: NAME, kind: person }\n", 2, "actors[0].name", "501 characters are more than the 500")]
    [InlineData("alias", "actors:\n  - { name: A, kind: person, aliases: [NAME] }\n", 2, "actors[0].aliases[0]", "501 characters")]
    [InlineData("evidence", "actors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: B, evidence: TEXT }\n", 5, "relations[0].evidence", "10,001 characters are more than the 10,000")]
    public void Read_TextLongerThanItsLimit_NamesTheField(string what, string yaml, int line, string field, string message)
    {
        var text = yaml.Replace("NAME", new string('n', 501), StringComparison.Ordinal).Replace("TEXT", new string('t', 10_001), StringComparison.Ordinal);

        var error = Assert.Single(Read($"{what}.yaml", text).Errors);

        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreAliasesThanTheLimit_IsAnError()
    {
        var aliases = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"A{i}"));

        var error = Assert.Single(Read("aliases.yaml", $"actors:\n  - {{ name: A, kind: person, aliases: [{aliases}] }}\n").Errors);

        Assert.Equal((2, "actors[0].aliases"), (error.Line, error.Field));
        Assert.Contains("101 aliases are more than the 100", error.Message, StringComparison.Ordinal);
    }

    // Found by fuzzing (docs/fuzzing.md): each error must name a field and a line the file has.
    [Theory]
    [InlineData("---", 1, "file")]
    [InlineData("{\"as\":[{\"nam:\"\\e\":\"\\ud81}", 1, "syntax")]
    [InlineData("? \n: x\n", 1, "\"\"")]
    [InlineData("a: 1\r\rb: [", 3, "syntax")]
    public void Read_FuzzFindings_NameALineOfTheFileAndAField(string yaml, int line, string field)
    {
        var error = Read("found.yaml", yaml).Errors[0];

        Assert.Equal((line, field), (error.Line, error.Field));
    }

    [Fact]
    public void Read_MutatedSamples_GiveADocumentOrErrorsOnLinesOfTheFile()
    {
        foreach (var mutant in Mutants.Make(Mutants.Datasets, 3000, seed: 20261113))
        {
            var result = DatasetReader.Read(mutant.Name, mutant.Bytes, "m");

            var lines = Encoding.UTF8.GetString(mutant.Bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 1;
            Assert.True(result.Succeeded ? result.Errors.Count == 0 : result.Document is null && result.Errors.Count > 0, mutant.ToString());
            Assert.All(result.Errors, e => Assert.True(e.File == mutant.Name && e.Line >= 1 && e.Line <= lines && e.Field.Length > 0, $"{mutant}: {e}"));
        }
    }

    private static DatasetReadResult Read(string path, string text, string defaultId = "default") =>
        DatasetReader.Read(path, Encoding.UTF8.GetBytes(text), defaultId);
}
