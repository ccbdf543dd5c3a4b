using ActorGraph.Core.Text;
using System.Text;

namespace ActorGraph.Benchmarks;

/// <summary>
/// A FollowTheMoney entity stream of <c>count</c> lines, one entity a line, as OpenSanctions and Aleph publish it:
/// 15 % people, 10 % companies, 0.1 % positions, 35 % sanctions, 25 % directorships and the rest occupancies. Links
/// point at random people and companies; authorities, programmes, roles and dates come from small fixed lists, so
/// the same seed gives the same file.
/// </summary>
internal static class FtmFile
{
    private static readonly string[] Authorities = ["Office of Foreign Assets Control", "European Union", "United Kingdom", "Ministry of Finance of Ruritania", "Canada", "Japan"];
    private static readonly string[] Programs = ["RUSSIA-EO14024", "IRAN", "DPRK3", "GLOMAG", "EU-RUS-833"];
    private static readonly string[] Roles = ["Chief Executive", "Director", "Chair", "Company secretary", "Senior Adviser", "Director General", "Deputy Chair"];
    private static readonly string[] Countries = ["ru", "ir", "kp", "by", "ve", "sy", "mm", "cn"];

    public static int Write(int count, int seed, string path)
    {
        var random = new Random(seed);
        var people = (int)(count * 0.15);
        var companies = (int)(count * 0.10);
        var positions = Math.Max(1, count / 1000);
        var sanctions = (int)(count * 0.35);
        var directorships = (int)(count * 0.25);
        var occupancies = count - people - companies - positions - sanctions - directorships;

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder(256);
        void Emit(string id, string schema, string properties, string dataset)
        {
            line.Clear().Append("{\"id\": \"").Append(id).Append("\", \"schema\": \"").Append(schema).Append("\", \"properties\": {")
                .Append(properties).Append("}, \"datasets\": [\"").Append(dataset).Append("\"]}");
            writer.WriteLine(line);
        }

        string Date() => IsoDate.Format(new DateOnly(2014, 1, 1).AddDays(random.Next(4000)));
        string Party() => random.Next(3) == 0 ? $"c{random.Next(companies)}" : $"p{random.Next(people)}";

        for (var i = 0; i < people; i++)
        {
            Emit($"p{i}", "Person", $"\"name\": [\"Person {i} Ivanov\"], \"alias\": [\"P. {i} Ivanov\"], \"nationality\": [\"{Countries[i % Countries.Length]}\"]", "persons");
        }

        for (var i = 0; i < companies; i++)
        {
            Emit($"c{i}", i % 10 == 0 ? "PublicBody" : "Company", $"\"name\": [\"Company {i} Holdings\"], \"jurisdiction\": [\"{Countries[i % Countries.Length]}\"]", "companies");
        }

        for (var i = 0; i < positions; i++)
        {
            var name = i % 5 == 0 ? $"Adviser to the Minister {i}" : i % 5 == 1 ? $"Head of Agency {i}" : $"Deputy Minister {i}";
            Emit($"pos{i}", "Position", $"\"name\": [\"{name}\"], \"country\": [\"{Countries[i % Countries.Length]}\"]", "positions");
        }

        for (var i = 0; i < sanctions; i++)
        {
            var authority = Authorities[random.Next(Authorities.Length)];
            Emit($"s{i}", "Sanction",
                $"\"entity\": [\"{Party()}\"], \"authority\": [\"{authority}\"], \"program\": [\"{Programs[random.Next(Programs.Length)]}\"], \"startDate\": [\"{Date()}\"], \"sourceUrl\": [\"https://example.org/sanctions/{i}\"]",
                "sanctions");
        }

        for (var i = 0; i < directorships; i++)
        {
            Emit($"d{i}", "Directorship",
                $"\"director\": [\"p{random.Next(people)}\"], \"organization\": [\"c{random.Next(companies)}\"], \"role\": [\"{Roles[random.Next(Roles.Length)]}\"], \"startDate\": [\"{Date()}\"]",
                "registry");
        }

        for (var i = 0; i < occupancies; i++)
        {
            Emit($"o{i}", "Occupancy", $"\"holder\": [\"p{random.Next(people)}\"], \"post\": [\"pos{random.Next(positions)}\"], \"startDate\": [\"{Date()}\"]", "peps");
        }

        return count;
    }
}
