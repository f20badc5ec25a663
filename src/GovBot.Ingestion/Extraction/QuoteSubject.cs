namespace GovBot.Ingestion.Extraction;

/// <summary>
/// The person a sentence is about speaks the quotation inside it when no reporting verb names anyone else: news puts
/// the source first and lets any verb carry the words ("Dana Reyes, a 55-year-old teacher from Toledo, says the mayor
/// will "leave with momentum."", "Former Ohio Gov. Tom Hale, for his part, is labeling the plan "an abuse of power."",
/// "17-year-old Jo Park echoed:"), or right after the quotation with an appositive before the verb
/// (""…," Brent Kale III, founder of the Civic Lab, tells the paper").
/// </summary>
internal static partial class QuoteSubject
{
    private const int MaxLeadTokens = 4;
    private const int MaxAppositiveTokens = 40;
    private const int MaxOpenerTokens = 30;
    private const int MaxVerbDistance = 30;

    /// <summary>Words that open a sentence before its subject, set off by a comma: "At the rally, Ortiz …".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "after", "before", "during", "speaking", "asked", "when", "while", "since", "following", "addressing",
        "appearing", "responding", "writing", "earlier", "later", "meanwhile", "last", "over", "throughout", "despite", "like",
        "unlike", "with", "without", "under", "amid", "among", "separately", "instead", "still", "yet", "however", "then",
        "once", "as", "if", "although", "though", "because", "afterward", "afterwards", "again", "also", "just", "shortly", "ever",
        "by", "from", "for", "to", "this", "next", "every", "each", "within", "outside", "inside", "near", "beyond", "between",
    };

    /// <summary>Conjunctions that may open a sentence without a comma: "But Ortiz told …".</summary>
    private static readonly HashSet<string> LeadingConjunctions = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "or", "so", "yet", "still", "now", "then" };

    /// <summary>Lower-case words of a description before a name: "band member Flea", "his friend Omar Saleh".</summary>
    private static readonly HashSet<string> Relations = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "their", "member", "friend", "friends", "brother", "sister", "son", "daughter", "wife", "husband", "father",
        "mother", "nephew", "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter", "colleague", "boss", "party",
        "state", "county", "city", "federal", "district", "campaign", "longtime", "fellow", "local", "retired", "conservative",
        "liberal", "progressive", "radio", "talk", "show", "television", "tv", "news", "fraternity", "team", "band", "another",
    };

    /// <summary>Lower-case words that cannot be the verb of a subject: connectors and function words.</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "nor", "but", "who", "whom", "whose", "which", "that", "where", "when", "the", "a", "an", "of", "in", "on",
        "at", "to", "for", "with", "from", "by", "as", "than", "then", "if", "because", "while", "whether", "its", "his", "her",
        "their", "this", "these", "those", "such", "both", "all", "each", "every", "some", "many", "most", "other", "into", "about",
    };

    /// <summary>The subject of the sentence in which a quotation opens after token <paramref name="beforeQuote"/>.</summary>
    public static (Mention? Mention, string? Verb) Opening(string text, List<Token> toks, int beforeQuote)
    {
        if (beforeQuote < 0 || !toks[beforeQuote].IsWord && !toks[beforeQuote].IsPunct(',') && !toks[beforeQuote].IsPunct(':'))
        {
            return (null, null);
        }

        var floor = SentenceStart(toks, beforeQuote);
        if (floor > beforeQuote)
        {
            return (null, null);
        }

        // "… - Jo Park: “…”", "More from Park: “…”": a name standing alone before the colon introduces the quotation.
        if (toks[beforeQuote].IsPunct(':') && Labelled(text, toks, floor, beforeQuote) is { } label)
        {
            return (label, null);
        }

        var s = floor;
        if (LeadingConjunctions.Contains(toks[s].Text) && s + 1 <= beforeQuote && (toks[s + 1].IsCapitalized || toks[s + 1].IsPunct(',') || Openers.Contains(toks[s + 1].Text)))
        {
            s += toks[s + 1].IsPunct(',') ? 2 : 1;
        }

        // "As Park put it, “…”", "Or, as the columnist Jo Park had written, “…”".
        if (s < beforeQuote && toks[s].Lower == "as" && Subject(text, toks, s + 1, beforeQuote) is { } asPut)
        {
            return asPut;
        }

        if (!Openers.Contains(toks[s].Text) && Subject(text, toks, s, beforeQuote) is { } direct)
        {
            return direct;
        }

        // "Speaking to reporters Monday in Concord, which votes next, Ortiz referred to …": the subject after the opener.
        if (!Openers.Contains(toks[s].Text))
        {
            return (null, null);
        }

        for (var c = s + 1; c < beforeQuote && c - s <= MaxOpenerTokens; c++)
        {
            if (toks[c].IsQuoteMark)
            {
                return (null, null);
            }

            if (toks[c].IsPunct(',') && Subject(text, toks, c + 1, beforeQuote) is { } after)
            {
                return after;
            }
        }

        return (null, null);
    }
}
