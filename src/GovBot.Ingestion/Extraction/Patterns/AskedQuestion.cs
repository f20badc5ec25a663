namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Questions and requests reported with "ask". "Pruitt asked whether …" and "the mayor asked the board to delay the vote"
/// are Pruitt's and the mayor's words. In "Asked whether he would run, Ortiz said …" and "Ortiz was asked whether …" the
/// asker is unnamed and Ortiz is the one asked: the question is never Ortiz's statement, and only the answer is his. An
/// unnamed asker's question is not kept as a statement of its own: our annotated sets do not count it, and a reader
/// searching a topic wants the answer, which is kept.
/// </summary>
internal static class AskedQuestion
{
    private const int MaxObjectWords = 6;

    // "by radio host Dana Pruitt on Thursday": a role, a name and a day before the question.
    private const int MaxAskerWords = 9;
    private const int MaxLead = 4;
    private const int MaxAsideWords = 15;

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "if", "whether", "what", "how", "why", "when", "where", "who", "whom", "which",
    };

    /// <summary>Modals before "ask" that put the question or request in the future or in doubt.</summary>
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "can", "should", "may", "might", "must", "shall", "'ll", "’ll",
    };

    /// <summary>Auxiliaries that make the verb after them passive: the subject was asked, told or warned; it did not speak.</summary>
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "been", "being", "be", "get", "gets", "got", "getting",
    };

    /// <summary>Words that open the sentence before a participial "asked": "When asked …", "But when asked …".</summary>
    private static readonly HashSet<string> Leads = new(StringComparer.Ordinal)
    {
        "when", "but", "and", "after", "later", "once", "if", "so", "yet", "still", "then", "also", "being",
    };

    private const int MaxReportLookBack = 40;

    /// <summary>
    /// Whether a reporting verb earlier in the sentence than <paramref name="joiner"/> makes the joined "ask" part of its words
    /// ("The ministry said it would issue guidance and ask it to report …"); with none ("Quill held a hearing and asked the
    /// engineers to explain …") the request is the subject's own.
    /// </summary>
    private static bool InsideReport(List<Token> toks, int joiner)
    {
        for (var k = joiner - 1; k >= 0 && joiner - k <= MaxReportLookBack; k--)
        {
            var t = toks[k];
            if (t.IsPunct('.') || t.IsPunct('?') || t.IsPunct('!'))
            {
                return false;
            }

            if (t.IsWord && char.IsLower(t.Text[0]) && Vocabulary.IsReportingVerb(t.Text))
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the question or request after an active "ask" starts, or -1: at its opening word ("asked the senator whether
    /// …", "asked what …") or, for a request, at the person asked ("asked the board to delay …", "asked to see …").
    /// </summary>
    public static int ContentAfterVerb(List<Token> toks, int c, int last)
    {
        // "The contractor will ask for the full budget": a question or request yet to be put is no one's words.
        if (c >= 2 && Modals.Contains(toks[c - 2].Lower))
        {
            return -1;
        }

        // "… would issue guidance and ask it to report …": a request joined to a clause belongs to that clause's words.
        var joined = c >= 2 && toks[c - 2].Lower is "and" or "but" or "or" or "then" or "to" && InsideReport(toks, c - 2);
        var limit = Math.Min(last, c + MaxObjectWords);
        for (var j = c; j <= limit; j++)
        {
            if (j > c && toks[j].IsPunct(',') && j + 1 <= last && toks[j + 1].Lower is "who" or "whose" &&
                toks.FindIndex(j + 2, Math.Min(MaxAsideWords, last - j - 1), t => t.IsPunct(',')) is var close and > 0)
            {
                // "asked Ortiz, who trails in the count, to lay out …": the aside about the person asked is skipped.
                var skipped = close - j;
                j = close;
                limit = Math.Min(last, limit + skipped + 1);
                continue;
            }

            if (Openers.Contains(toks[j].Lower) && j + 1 <= last && !toks[j + 1].IsPunct(','))
            {
                return j;
            }

            if (toks[j].Lower == "to")
            {
                if (AsksAnonymity(toks, j + 1, last))
                {
                    return -1;
                }

                // "asked the board (not) to delay …" is a request; "ask it to report on how …" puts no question of its own.
                return !joined && j + 1 <= last && toks[j + 1].IsWord && char.IsLower(toks[j + 1].Text[0]) && IsObject(toks, c, j > c && toks[j - 1].Lower == "not" ? j - 1 : j) ? c : -1;
            }

            if (toks[j].IsPunct(':') && j > c && toks[j - 1].Lower is "question" or "questions" && j + 1 <= last)
            {
                // "asked a simple question: Who will …".
                return j + 1;
            }

            if (toks[j].Lower == "for")
            {
                // "asked the court for quick action", "asked for a three-year sentence": a request for a thing is the asker's words.
                return !joined && IsRequested(toks, j + 1, last) && IsObject(toks, c, j) ? c : -1;
            }

            if (toks[j].Lower == "about" && j > c && !joined && toks[c].Lower != "by" && !(c >= 2 && toks[c - 2].IsPunct(',')) && IsObject(toks, c, j) && j + 1 <= last)
            {
                // "Ortiz asked the minister about the delays": a named person asked about a topic puts a question of their own
                // (not the participle aside "Ortiz, asked about …", whose subject was asked).
                return c;
            }

            if (!toks[j].IsWord || toks[j].Lower is "about" or "that")
            {
                return -1;
            }

            if (j > c && !joined && Occasions.Contains(toks[j].Text) && QuestionAfterOccasion(toks, j + 1, last) is var question and > 0)
            {
                // "asked the minister during a radio phone-in whether …": the occasion stands between the person asked and the question.
                return question;
            }
        }

        return -1;
    }

    private const int MaxOccasionWords = 8;

    /// <summary>Prepositions that open an occasion after the person asked: "during a chat", "at the hearing", "on Tuesday".</summary>
    private static readonly HashSet<string> Occasions = new(StringComparer.Ordinal)
    {
        "during", "at", "on", "in",
    };

    /// <summary>The question opener ("whether", "if", "why" …) a few plain words after an occasion's preposition, or -1.</summary>
    private static int QuestionAfterOccasion(List<Token> toks, int from, int last)
    {
        for (var k = from; k <= last && k - from <= MaxOccasionWords; k++)
        {
            if (!toks[k].IsWord)
            {
                return -1;
            }

            if (toks[k].Text is "if" or "whether" or "why" or "how" && k > from && k + 1 <= last && toks[k + 1].IsWord)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Things asked for that are no statement of the asker's: "asked for comment", "asked for anonymity to speak freely".</summary>
    private static readonly HashSet<string> NotRequests = new(StringComparer.Ordinal)
    {
        "comment", "comments", "anonymity", "directions", "details", "help", "more", "it", "them", "him", "her",
    };

    /// <summary>Whether the words after "for" name a thing asked for: a word to start with, not one of <see cref="NotRequests"/>.</summary>
    private static bool IsRequested(List<Token> toks, int k, int last) =>
        k <= last && (toks[k].IsWord || toks[k].Text == "$") && !NotRequests.Contains(toks[k].Lower) && !toks.Skip(k).Take(3).Any(t => NotRequests.Contains(t.Lower) && t.Lower is "comment" or "comments" or "anonymity");

    /// <summary>
    /// "who asked not to be named", "asked to remain anonymous": a source's terms for speaking, which tell the reader nothing
    /// the source said; the words after "to" start at <paramref name="k"/>.
    /// </summary>
    private static bool AsksAnonymity(List<Token> toks, int k, int last) =>
        k + 1 <= last && ((toks[k].Lower == "be" && toks[k + 1].Lower is "named" or "identified" or "quoted" or "cited") ||
                          (toks[k].Lower is "remain" or "stay" && toks[k + 1].Lower is "anonymous" or "unnamed" or "unidentified"));

    /// <summary>"asked the county board to": only words name the person asked, none of them a verb of its own clause.</summary>
    private static bool IsObject(List<Token> toks, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (k > from && k + 2 < to && toks[k].IsPunct(',') && toks[k + 1].Lower is "who" or "whose" && toks.FindIndex(k + 2, to - k - 2, t => t.IsPunct(',')) is var close and > 0)
            {
                // "asked Ortiz, who trails in the count, to …": the aside says who the person asked is.
                k = close;
                continue;
            }

            var t = toks[k];
            if (!t.IsWord || Vocabulary.IsReportingVerb(t.Text) || t.Lower is "was" or "is" or "be" or "and" or "not")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A passive reporting verb ("Ortiz was asked whether …", "aides were told that …"): the subject heard the words, so it
    /// is not their speaker.
    /// </summary>
    public static bool IsPassive(List<Token> toks, int first, int v)
    {
        var verb = toks[v].Lower;
        if (!(verb.EndsWith("ed", StringComparison.Ordinal) || verb is "told" or "written"))
        {
            return false;
        }

        var aux = v - 1;
        if (aux > first && toks[aux].IsWord && toks[aux].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            aux--;
        }

        return aux >= first && PassiveAuxiliaries.Contains(toks[aux].Lower);
    }

    /// <summary>
    /// The first token of the main clause after an opening "Asked …," / "When asked …," phrase, whose words are the question
    /// and not the main clause's content; <paramref name="first"/> when the sentence opens otherwise.
    /// </summary>
    public static int MainClauseStart(List<Token> toks, int first, int last) =>
        OpeningComma(toks, first, last) is var comma and > 0 && comma + 1 <= last && toks[comma + 1].IsWord ? comma + 1 : first;

    /// <summary>The comma that ends an opening "Asked whether …," / "When asked about …," phrase, or -1.</summary>
    private static int OpeningComma(List<Token> toks, int first, int last)
    {
        var a = first;
        while (a <= last && a - first < MaxLead && toks[a].Lower != "asked" && (Leads.Contains(toks[a].Lower) || toks[a].IsPunct(',')))
        {
            a++;
        }

        return a <= last && toks[a].Lower == "asked" && (a == first || toks[a - 1].Lower is "when" or "after" or "once" or "being" or "if")
            ? MainClauseComma(toks, a + 1, last)
            : -1;
    }

    /// <summary>
    /// The comma that closes an opening "Asked …" phrase: the first one that an appositive or relative clause of the
    /// question does not follow ("Asked whether Ortiz, the front-runner, would win, …" stays whole).
    /// </summary>
    private static int MainClauseComma(List<Token> toks, int from, int last)
    {
        for (var j = from; j <= last; j++)
        {
            if (toks[j].IsQuoteMark || toks[j].IsPunct(':') || toks[j].IsPunct(';'))
            {
                return -1;
            }

            if (toks[j].IsPunct(',') && !ContinuesQuestion(toks, j + 1, last))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Words after a comma that go on with the question rather than open the clause around it.</summary>
    private static readonly HashSet<string> Continuations = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "who", "whom", "which", "where", "whose", "including", "such", "especially", "particularly",
    };

    /// <summary>Lower-case words after a comma that open the clause around the question, not more of it.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "i", "we", "it", "you", "but", "and", "or", "so", "while", "although", "though", "because", "then",
    };

    /// <summary>
    /// After a comma, an appositive or relative clause ("…, the front-runner,", "…, which friends described …,") or the
    /// question's own verb ("whether the job, which …, contributed to …") goes on with the question.
    /// </summary>
    private static bool ContinuesQuestion(List<Token> toks, int j, int last) =>
        j <= last && toks[j].IsWord && (Continuations.Contains(toks[j].Text) ||
                                        (char.IsLower(toks[j].Text[0]) && !ClauseOpeners.Contains(toks[j].Text) && !Vocabulary.IsReportingVerb(toks[j].Text)));

    /// <summary>
    /// "Asked by Dana Pruitt whether …, Ortiz said" / "Ortiz was asked by host Dana Pruitt if …": the tokens naming the
    /// asker and the range of the question, which is the asker's statement; null when the sentence names no asker so.
    /// </summary>
    public static (int AskerFrom, int AskerTo, int From, int To)? NamedAsker(List<Token> toks, int first, int last)
    {
        for (var a = first; a + 2 <= last; a++)
        {
            if (toks[a].Lower != "asked" || toks[a + 1].Lower != "by" || !(OpensSentence(toks, first, a) || IsPassive(toks, first, a)))
            {
                continue;
            }

            var opener = a + 2;
            while (opener <= last && opener - a <= MaxAskerWords && !Openers.Contains(toks[opener].Lower) && !NamedAskerTopics.Contains(toks[opener].Lower) &&
                   (toks[opener].IsWord || toks[opener].Text is "’s" or "'s"))
            {
                opener++;
            }

            // "Asked by Dana Pruitt about the levy, …", "Asked by Pruitt to respond, …": a named asker's topic or request is theirs too.
            if (opener > last || opener == a + 2 || !(Openers.Contains(toks[opener].Lower) || NamedAskerTopics.Contains(toks[opener].Lower)) ||
                opener + 1 > last || !toks[opener + 1].IsWord)
            {
                return null;
            }

            return (a + 2, opener - 1, opener, QuestionEnd(toks, opener, last));
        }

        return null;
    }

    private static readonly HashSet<string> NamedAskerTopics = new(StringComparer.Ordinal) { "about", "to" };

    private static bool OpensSentence(List<Token> toks, int first, int a)
    {
        for (var j = first; j < a; j++)
        {
            if (!Leads.Contains(toks[j].Lower) && !toks[j].IsPunct(','))
            {
                return false;
            }
        }

        return a - first <= MaxLead;
    }

    /// <summary>A question runs to a comma before the clause around it, a quotation mark, a semicolon or the sentence end.</summary>
    private static int QuestionEnd(List<Token> toks, int start, int last)
    {
        var end = start;
        while (end + 1 <= last && !toks[end + 1].IsQuoteMark && !toks[end + 1].IsPunct(';') && !(toks[end + 1].IsPunct(',') && !ContinuesQuestion(toks, end + 2, last)))
        {
            end++;
        }

        while (end > start && !toks[end].IsWord)
        {
            end--;
        }

        return end;
    }
}
