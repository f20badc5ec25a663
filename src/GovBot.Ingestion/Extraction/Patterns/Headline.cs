namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A headline that reports speech: "Ortiz Says Council Is Hiding The Audit", "Mayor Ortiz warns of fare rise; …",
/// "Council Is Hiding The Audit, Ortiz Says". Gives the subject's words and where the reported words lie in the title.
/// </summary>
internal static class Headline
{
    private const int MaxSubjectWords = 4;
    private const int MinContentWords = 3;

    /// <summary>
    /// Verbs that report a clause in a headline, in any case: "Says", "warns", "Insists". Headlines report speech in the
    /// present tense; a past tense ("Ortiz Said The 3 Words Everyone Was Thinking") teases rather than reports.
    /// </summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "says", "warns", "claims", "insists", "argues", "admits", "predicts", "vows", "denies", "suggests", "tells", "explains", "announces",
        "say", "insist", "warn", "claim", "argue", "announce",
    };

    /// <summary>
    /// Past-tense verbs a headline reports with "Just" ("Ortiz Just Announced Her Pick For Harbour Chief"): news of the
    /// moment, unlike a bare past tense.
    /// </summary>
    private static readonly HashSet<string> JustVerbs = new(StringComparer.OrdinalIgnoreCase) { "announced", "said" };

    /// <summary>Words after which the subject ends: "The Latest: Ortiz says …", "In memo, Ortiz says …".</summary>
    private static readonly HashSet<string> PronounOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "he’s", "she’s", "he's", "she's", "it’s", "it's", "they’re", "they're",
    };

    /// <summary>A clause that reports a second thing ("…, Calls Plan ‘Reckless’") or a dash ends the reported words.</summary>
    private static readonly HashSet<string> SecondVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "calls", "slams", "blasts", "says", "warns", "vows", "urges", "adds", "hits", "rips", "defends", "but", "and",
    };

    /// <summary>The subject's tokens and the reported words' tokens, or null when the title reports no speech.</summary>
    public static (int SubjectFrom, int SubjectTo, int From, int To, string Verb)? Find(List<Token> toks)
    {
        var last = toks.Count - 1;
        while (last >= 0 && (toks[last].IsPunct('.') || toks[last].IsPunct(';') || toks[last].IsPunct('!')))
        {
            last--;
        }

        for (var v = 1; v <= last; v++)
        {
            var just = JustVerbs.Contains(toks[v].Text) && toks[v - 1].Text == "Just";
            if (!(Verbs.Contains(toks[v].Text) || just) || InsideQuotation(toks, v))
            {
                continue;
            }

            var subjectTo = just ? v - 2 : v - 1;
            var subjectFrom = SubjectStart(toks, subjectTo);
            if (subjectFrom < 0)
            {
                continue;
            }

            // "Council Is Hiding The Audit, Ortiz Says." / "…, Ortiz Tells Convention.": the words before the comma.
            if (subjectFrom > 1 && toks[subjectFrom - 1].IsPunct(',') && TrailsTitle(toks, v, last))
            {
                var (from, to) = (Opening(toks, subjectFrom - 2), subjectFrom - 2);
                return TokenCounts.Words(toks, from, to) >= MinContentWords ? (subjectFrom, subjectTo, from, to, toks[v].Lower) : null;
            }

            if (subjectFrom != Opening(toks, subjectTo))
            {
                continue;
            }

            var start = ContentStart(toks, v, last);
            if (start < 0)
            {
                continue;
            }

            var end = ContentEnd(toks, start, last);
            return TokenCounts.Words(toks, start, end) >= MinContentWords ? (subjectFrom, subjectTo, start, end, toks[v].Lower) : null;
        }

        return null;
    }

    /// <summary>Where the title's own text opens, past a label such as "The Latest:" or "EXCLUSIVE:" or an opening phrase and its comma.</summary>
    private static int Opening(List<Token> toks, int before)
    {
        var open = 0;
        for (var j = 0; j <= before; j++)
        {
            // "Harbour Photo Surfaces — Some Say It Was Staged": a dash, like a colon, opens the title's next part.
            if (toks[j].IsPunct(':') || toks[j].IsPunct('—') || toks[j].IsPunct('–') || (toks[j].IsPunct(',') && j + 1 <= before))
            {
                open = j + 1;
            }
        }

        return open;
    }

    /// <summary>The capitalised words just before the verb: the name of whoever speaks.</summary>
    private static int SubjectStart(List<Token> toks, int to)
    {
        var from = to;
        while (from >= 0 && to - from < MaxSubjectWords && toks[from].IsWord && (toks[from].IsCapitalized || Vocabulary.Particles.Contains(toks[from].Text)))
        {
            from--;
        }

        from++;
        return from <= to && toks[to].IsCapitalized && !toks[to].Text.EndsWith("’s", StringComparison.Ordinal) && !toks[to].Text.EndsWith("'s", StringComparison.Ordinal) ? from : -1;
    }

    /// <summary>After the verb: past "That", and past the people told ("Tells Voters She Is …") to the reported clause.</summary>
    private static int ContentStart(List<Token> toks, int v, int last)
    {
        var c = v + 1;
        if (c <= last && toks[c].Lower == "that")
        {
            c++;
        }

        if (toks[v].Lower is "tells")
        {
            var pronoun = toks.FindIndex(c, Math.Max(0, Math.Min(5, last - c + 1)), t => PronounOpeners.Contains(t.Text));
            return pronoun > c ? pronoun : -1;
        }

        if (toks[v].Lower is "explains")
        {
            // "Explains Why …" reports a reason; "Explains The Opposition" names a thing.
            return c <= last && toks[c].Lower is "why" or "how" or "what" ? c : -1;
        }

        return c <= last && toks[c].IsWord ? c : -1;
    }

    private static int ContentEnd(List<Token> toks, int start, int last)
    {
        for (var j = start + 1; j <= last; j++)
        {
            if (toks[j].IsPunct(';') || toks[j].IsPunct('—') || toks[j].IsPunct('–') || (toks[j].IsPunct('-') && j + 1 <= last && toks[j + 1].IsCapitalized))
            {
                return j - 1;
            }

            if (toks[j].IsPunct(',') && j + 1 <= last && SecondVerbs.Contains(toks[j + 1].Text))
            {
                return j - 1;
            }
        }

        return last;
    }

    /// <summary>"…, Ortiz Says." ends the title, or only the people told follow ("…, Ortiz Tells Convention").</summary>
    private static bool TrailsTitle(List<Token> toks, int v, int last) =>
        v == last || (toks[v].Lower is "tells" && last - v <= 3 && toks.Skip(v + 1).Take(last - v).All(t => t.IsCapitalized));

    private static bool InsideQuotation(List<Token> toks, int i)
    {
        var open = false;
        for (var j = 0; j < i; j++)
        {
            if (toks[j].IsQuoteMark)
            {
                open = toks[j].Text switch { "“" => true, "”" => false, _ => !open };
            }
        }

        return open;
    }
}
