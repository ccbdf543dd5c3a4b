namespace ActorGraph.Extraction;

/// <summary>One sentence being read: its tokens and the mentions found in them, with a token-to-mention map.</summary>
internal sealed class SentenceContext
{
    private Mention?[] _at;

    public SentenceContext(Sentence sentence, int line, List<Token> tokens)
    {
        Sentence = sentence;
        Line = line;
        Tokens = tokens;
        _at = new Mention?[tokens.Count];
    }

    public Sentence Sentence { get; }

    public int Line { get; }

    public List<Token> Tokens { get; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>The sentence is a line of a list of appointees that an earlier sentence announced: its names are people.</summary>
    public bool ListItem { get; set; }

    public void Reset()
    {
        Mentions.Clear();
        _at = new Mention?[Tokens.Count];
    }

    public void Add(Mention mention)
    {
        Mentions.Add(mention);
        for (var k = mention.Start; k < mention.End; k++)
        {
            _at[k] = mention;
        }
    }

    /// <summary>Puts <paramref name="group"/> where <paramref name="part"/> was; the part now belongs to the group.</summary>
    public void Replace(Mention part, Mention group)
    {
        part.Head = group;
        var index = Mentions.IndexOf(part);
        Mentions.Insert(index, group);
        for (var k = group.Start; k < group.End; k++)
        {
            if (_at[k] is { } other && other != part && other.Head is null)
            {
                other.Head = group;
            }

            _at[k] = group;
        }
    }

    /// <summary>The mention covering token <paramref name="k"/>, if any.</summary>
    public Mention? At(int k) => k >= 0 && k < _at.Length ? _at[k] : null;

    public string Word(int k) => k >= 0 && k < Tokens.Count ? Tokens[k].Text : string.Empty;
}
