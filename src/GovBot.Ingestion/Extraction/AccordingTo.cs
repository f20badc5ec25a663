namespace GovBot.Ingestion.Extraction;

/// <summary>
/// "According to X": a source named by a preposition rather than a verb, at the start of a sentence ("According to
/// Politico, …") or at its end ("…, according to campaign filings."). The source is a person, a described person, or —
/// as news attributes facts to them just as often — a document, a poll or an outlet, named as written.
/// </summary>
internal static class AccordingTo
{
    private const int MaxSourceTokens = 12;

    /// <summary>The "according" of a trailing "…, according to X." in tokens first..last, or -1.</summary>
    public static int Trailing(List<Token> toks, int first, int last)
    {
        for (var k = last - 2; k > first + 3; k--)
        {
            if (toks[k].Lower == "according" && toks[k + 1].Lower == "to" && (toks[k - 1].IsPunct(',') || toks[k - 1].IsPunct('(')) &&
                Ends(toks, k + 2, last) == last + 1)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The "according" of a medial "…, according to X, …" in tokens first..last and the comma that closes its source, or -1:
    /// the sentence goes on after the source.
    /// </summary>
    public static (int According, int Close) Medial(List<Token> toks, int first, int last)
    {
        for (var k = first + 1; k + 3 < last; k++)
        {
            if (toks[k].Lower == "according" && toks[k + 1].Lower == "to" && toks[k - 1].IsPunct(',') &&
                Ends(toks, k + 2, last) is var end && end <= last && toks[end].IsPunct(',') && end - (k + 2) is >= 1 and < MaxSourceTokens &&
                toks.Skip(end + 1).Take(last - end).Count(t => t.IsWord) >= 3)
            {
                return (k, end);
            }
        }

        return (-1, -1);
    }

    /// <summary>Where the source phrase that starts at <paramref name="start"/> ends (exclusive): at the clause's punctuation.</summary>
    public static int Ends(List<Token> toks, int start, int last)
    {
        var end = start;
        while (end <= last && end - start < MaxSourceTokens && !(toks[end].IsPunct(',') || toks[end].IsPunct('.') || toks[end].IsPunct(';') ||
                                                                  toks[end].IsPunct(')') || toks[end].IsPunct('?') || toks[end].IsPunct('!')))
        {
            end++;
        }

        // A closing mark after the phrase ends the sentence; the phrase itself is whatever came before.
        var after = end;
        while (after <= last && !toks[after].IsWord)
        {
            after++;
        }

        return after > last ? last + 1 : end;
    }

    /// <summary>
    /// The source phrase as written when it names no person ("a new poll", "federal filings", "the Lakeview Institute"): without
    /// a leading article, or null when it holds no word or reads as a clause.
    /// </summary>
    public static string? Document(string text, List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        if (end <= start || toks.Skip(start).Take(end - start).Any(t => t.IsQuoteMark || t.Lower is "he" or "she" or "i" or "we" or "they" or "you" or "it"))
        {
            return null;
        }

        // A named outlet or body ("the Daily Ledger", "the Lakeview Institute") or a poll, filing or report; not a lower-case institution
        // ("the ministry", "analysis firm Chainbridge") nor a plan or a law, which the project's gold sets leave out.
        var words = toks.Skip(start).Take(end - start).ToList();
        var named = words[^1].IsCapitalized || Vocabulary.IsNameWord(words[^1]);
        if (words.Any(w => Institutions.Contains(w.Text)) || !named && !words.Any(w => Patterns.SubjectPhrase.IsDocumentOrGroup(w.Text)))
        {
            return null;
        }

        if (end - start > 1 && toks[start].Lower is "the" or "a" or "an")
        {
            start++;
        }

        return text[toks[start].Start..toks[end - 1].End];
    }

    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "firm", "company", "ministry", "agency", "department", "office", "government", "authority", "commission", "council", "bank",
    };

    /// <summary>
    /// The source as written when the name rules cannot place it ("according to Tidewater", "according to a rights group's
    /// report"): a document or outlet, but not a public body named in capitals ("the Cyber Security Service"), which the
    /// project's gold sets attribute to its officials, nor one owned by a possessive ("the country's …").
    /// </summary>
    public static string? Outlet(string text, List<Token> toks, int start, int end)
    {
        var written = Document(text, toks, start, end);
        return written is null || toks.Skip(start).Take(end - start).Any(t => MentionParser.IsPossessive(t) || PublicBodies.Contains(t.Text)) ? null : written;
    }

    private static readonly HashSet<string> PublicBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "agency", "department", "office", "government", "authority", "commission", "council", "service", "police",
        "directorate", "bureau", "administration", "embassy", "court", "parliament", "army", "military",
    };

    /// <summary>
    /// A source written as a name alone ("according to al-Mansouri"), for the attributor to resolve to the person the
    /// document introduced; null when any word of it is not a name word.
    /// </summary>
    public static Mention? NameOnly(List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        if (end <= start || end - start > 4 || !toks.Skip(start).Take(end - start).All(Vocabulary.IsNameWord))
        {
            return null;
        }

        var text = string.Join(' ', toks.Skip(start).Take(end - start).Select(t => t.Text));
        return new Mention(MentionKind.Name, text, toks[start].Start, toks[end - 1].End);
    }

    /// <summary>The source when it is a person or a described person ("a campaign aide").</summary>
    public static Mention? Source(string text, List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        return end <= start ? null : MentionParser.After(text, toks, start, end);
    }
}
