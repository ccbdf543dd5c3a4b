namespace ActorGraph.Extraction.Tests;

public sealed class LexiconTests
{
    [Fact]
    public void A_lexicon_folder_adds_countries_and_titles_users_need()
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
    public void A_malformed_lexicon_line_names_the_file_and_line()
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
}
