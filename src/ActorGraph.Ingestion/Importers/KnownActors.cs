using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using ActorGraph.Extraction;

namespace ActorGraph.Ingestion.Importers;

/// <summary>
/// The countries and organizations that the importers resolve codes and names to, so that a GDELT or FollowTheMoney
/// source names the same actors that datasets and articles do: the canonical names of the extraction lexicon
/// (<c>countries.tsv</c>, <c>organizations.tsv</c>), found by ISO 3166 / CAMEO country code, by name or by alias.
/// </summary>
internal sealed class KnownActors
{
    /// <summary>CAMEO country codes (ISO 3166-1 alpha-3 for states) of the lexicon's countries, by canonical name.</summary>
    private const string CountryCodes = """
        USA United States;RUS Russia;UKR Ukraine;SAU Saudi Arabia;CHN China;GBR United Kingdom;FRA France;DEU Germany;ITA Italy;ESP Spain;
        POL Poland;NLD Netherlands;BEL Belgium;AUT Austria;CHE Switzerland;SWE Sweden;NOR Norway;FIN Finland;DNK Denmark;IRL Ireland;
        PRT Portugal;GRC Greece;HUN Hungary;CZE Czech Republic;SVK Slovakia;ROU Romania;BGR Bulgaria;SRB Serbia;HRV Croatia;KSV Kosovo;
        BIH Bosnia and Herzegovina;MDA Moldova;BLR Belarus;LTU Lithuania;LVA Latvia;EST Estonia;GEO Georgia;ARM Armenia;AZE Azerbaijan;
        TUR Turkey;IRN Iran;IRQ Iraq;SYR Syria;LBN Lebanon;ISR Israel;PSE Palestine;JOR Jordan;EGY Egypt;QAT Qatar;ARE United Arab Emirates;
        KWT Kuwait;BHR Bahrain;OMN Oman;YEM Yemen;AFG Afghanistan;PAK Pakistan;IND India;BGD Bangladesh;LKA Sri Lanka;NPL Nepal;JPN Japan;
        KOR South Korea;PRK North Korea;TWN Taiwan;VNM Vietnam;THA Thailand;MMR Myanmar;MYS Malaysia;SGP Singapore;IDN Indonesia;
        PHL Philippines;KHM Cambodia;AUS Australia;NZL New Zealand;CAN Canada;MEX Mexico;BRA Brazil;ARG Argentina;CHL Chile;COL Colombia;
        VEN Venezuela;PER Peru;CUB Cuba;NIC Nicaragua;ECU Ecuador;BOL Bolivia;ZAF South Africa;NGA Nigeria;ETH Ethiopia;ERI Eritrea;
        KEN Kenya;SDN Sudan;SSD South Sudan;SOM Somalia;LBY Libya;TUN Tunisia;DZA Algeria;MAR Morocco;MLI Mali;NER Niger;BFA Burkina Faso;
        TCD Chad;SEN Senegal;GHA Ghana;CMR Cameroon;COD Democratic Republic of the Congo;RWA Rwanda;UGA Uganda;TZA Tanzania;AGO Angola;
        MOZ Mozambique;ZWE Zimbabwe;KAZ Kazakhstan;UZB Uzbekistan;KGZ Kyrgyzstan;TJK Tajikistan;TKM Turkmenistan;MNG Mongolia;CYP Cyprus;
        ISL Iceland;VAT Vatican;SLE Sierra Leone;LBR Liberia;GIN Guinea;GNB Guinea-Bissau;GMB Gambia;BEN Benin;CIV Ivory Coast;TGO Togo;
        GAB Gabon;COG Republic of the Congo;CAF Central African Republic;BDI Burundi;MWI Malawi;ZMB Zambia;BWA Botswana;NAM Namibia;
        MDG Madagascar;MRT Mauritania;DJI Djibouti;LSO Lesotho;SWZ Eswatini;CPV Cape Verde;GNQ Equatorial Guinea;URY Uruguay;PRY Paraguay;
        PAN Panama;CRI Costa Rica;HND Honduras;GTM Guatemala;SLV El Salvador;DOM Dominican Republic;HTI Haiti;JAM Jamaica;LAO Laos;
        BRN Brunei;BTN Bhutan;MDV Maldives;TLS Timor-Leste;ALB Albania;MKD North Macedonia;MNE Montenegro;SVN Slovenia;LUX Luxembourg;
        MLT Malta;FJI Fiji;PNG Papua New Guinea
        """;

    private static readonly Lazy<KnownActors> BuiltIn = new(Load);

    private readonly Dictionary<string, Actor> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Actor> _byName = new(StringComparer.Ordinal);

    private KnownActors()
    {
    }

    /// <summary>The actors of the built-in lexicon.</summary>
    public static KnownActors Default => BuiltIn.Value;

    /// <summary>The canonical names of the lexicon's countries (for checking the code table against it).</summary>
    public IEnumerable<Actor> Countries => _byCode.Values.Where(a => a.Kind == ActorKind.Country);

    /// <summary>The country with this CAMEO / ISO 3166-1 alpha-3 code.</summary>
    public Actor? ByCountryCode(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The country or organization with this canonical name, other name or alias, ignoring case and accents.</summary>
    public Actor? ByName(string name) => _byName.GetValueOrDefault(NameKey.Fold(name));

    private static KnownActors Load()
    {
        var known = new KnownActors();
        foreach (var (columns, _) in Rows("countries.tsv"))
        {
            var country = new Actor(ActorId.FromName(columns[0]), columns[0], ActorKind.Country, []);
            known.AddNames(country, columns.Length > 1 ? columns[1] : string.Empty);
        }

        foreach (var (columns, _) in Rows("organizations.tsv"))
        {
            var kind = columns.Length > 1 && Vocabulary.TryParseKind(columns[1], out var parsed) ? parsed : ActorKind.Organization;
            var organization = new Actor(ActorId.FromName(columns[0]), columns[0], kind, []);
            known.AddNames(organization, columns.Length > 2 ? columns[2] : string.Empty);
        }

        foreach (var pair in CountryCodes.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (code, name) = (pair[..3], pair[4..]);
            known._byCode[code] = known.ByName(name) is { Kind: ActorKind.Country } country
                ? country
                : throw new InvalidOperationException($"The country code {code} names '{name}', which is not a country of the lexicon.");
        }

        return known;
    }

    private void AddNames(Actor actor, string others)
    {
        _byName.TryAdd(NameKey.Fold(actor.Name), actor);
        foreach (var other in others.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // "the EU" is also "EU"; the first actor to claim a name keeps it.
            _byName.TryAdd(NameKey.Fold(other.StartsWith("the ", StringComparison.Ordinal) ? other[4..] : other), actor);
        }
    }

    private static IEnumerable<(string[] Columns, int Line)> Rows(string file)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("ActorGraph.Extraction.Lexicons." + file)
            ?? throw new InvalidOperationException($"The built-in lexicon {file} is missing.");
        using var reader = new StreamReader(stream);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                yield return (text.Split('\t'), line);
            }
        }
    }
}
