namespace ActorGraph.Extraction.Tests;

public sealed class LexiconTests
{
    [Fact]
    public void Load_FolderOfUserLexicons_AddsTheirCountriesAndTitles()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon").FullName;
        try
        {
            var text = "Ruritanian Grand Vizier Rudolf Rassendyll led the Ruritanian delegation.";
            Assert.DoesNotContain(new Extractor().Extract(text).Relations, r => r.Target.Contains("Ruritania", StringComparison.Ordinal));

            File.WriteAllText(Path.Combine(folder, "countries.tsv"), "Ruritania\t\tRuritanian\tStrelsau\n");
            File.WriteAllText(Path.Combine(folder, "titles.tsv"), "Grand Vizier\thead-of-government\n");
            var result = new Extractor(Lexicon.Load(folder)).Extract(text);

            Assert.Contains(result.Relations, r => r.Source == "Rudolf Rassendyll" && r.Target == "Ruritanian delegation");
            Assert.Contains(result.Relations, r => r.Source == "Rudolf Rassendyll" && r.Target == "Ruritania");
            Assert.Contains(result.Roles, r => r.Title == "Grand Vizier" && r.Of == "Ruritania");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_MalformedLine_NamesTheFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "titles.tsv"), "# titles\nEnvoy\tenvoy\nWarlord\tsupreme-being\n");

            var e = Assert.Throws<LexiconException>(() => Lexicon.Load(folder));

            Assert.Equal($"{Path.Combine(folder, "titles.tsv")}:3: class: 'supreme-being' is not a title class", e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(2023, true)]
    [InlineData(2025, false)]
    public void Load_OfficeHoldersFile_PlacesAHeadNamedWithoutCountryByTheArticleDay(int year, bool leads)
    {
        var folder = Directory.CreateTempSubdirectory("lexicon").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "countries.tsv"), "Ruritania\t\tRuritanian\tStrelsau\n");
            File.WriteAllText(Path.Combine(folder, "office-holders.tsv"), "# name\tother names\tclass\tcountry\tsince\tuntil\nRudolf Rassendyll\tRassendyll\thead-of-state\tRuritania\t2020-01-01\t2024-12-31\n");
            var article = new Article("A report", null, new DateOnly(year, 3, 1), "President Rudolf Rassendyll spoke on Monday. Ruritania wants the talks to go on.", 1);

            var result = new Extractor(Lexicon.Load(folder)).Extract(article);

            Assert.Equal(leads, result.Relations.Any(r => r.Source == "Rudolf Rassendyll" && r.Target == "Ruritania"));
            Assert.Equal(leads, result.Roles.Any(r => r.Person == "Rudolf Rassendyll" && r.Of == "Ruritania"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Rudolf Rassendyll\t\tmonarch\tRuritania\t2020-01-01\t\n", "class: 'monarch' is not head-of-state or head-of-government")]
    [InlineData("Rudolf Rassendyll\t\thead-of-state\tRuritania\t1 May 2020\t\n", "since: '1 May 2020' is not a date (YYYY-MM-DD)")]
    [InlineData("Rudolf Rassendyll\t\thead-of-state\t\t2020-01-01\t\n", "country: empty")]
    public void Load_MalformedOfficeHoldersLine_NamesFileLineAndField(string line, string message)
    {
        var folder = Directory.CreateTempSubdirectory("lexicon").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "office-holders.tsv"), "# heads\n" + line);

            var e = Assert.Throws<LexiconException>(() => Lexicon.Load(folder));

            Assert.Equal($"{Path.Combine(folder, "office-holders.tsv")}:2: {message}", e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
