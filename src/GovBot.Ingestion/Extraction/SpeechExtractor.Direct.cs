namespace GovBot.Ingestion.Extraction;

/// <summary>Direct speech: the cue and speaker of each quotation, before or after it, or from the paragraphs around it.</summary>
internal sealed partial class SpeechExtractor
{
    private void AttributeDirect(QuoteSpan quote, int p, List<QuoteSpan> inParagraph, List<QuoteSpan> all)
    {
        var toks = tokens[p];
        var paraText = doc.ParagraphText(p);
        var after = TokenIndex.AtOrAfter(toks, quote.Marks.End);
        var beforeIdx = TokenIndex.LastEndingBy(toks, quote.Marks.Start);
        Mention? mention = null;
        string? cue = null;

        if (after >= 0)
        {
            (mention, cue) = CueAfter(toks, after, quote);
        }

        if (mention is null && after >= 0)
        {
            (mention, cue) = QuoteSubject.Trailing(doc.Text, toks, after, EndsSentence(quote));
        }

        if (mention is null && beforeIdx >= 0)
        {
            (mention, cue) = CueBefore(toks, beforeIdx);
        }

        if (mention is null && beforeIdx >= 0)
        {
            (mention, cue) = PartialQuotes.CueEarlierInSentence(doc.Text, toks, beforeIdx);
        }

        if (mention is null && beforeIdx >= 0)
        {
            (mention, cue) = ParticipleCue.BeforeQuote(doc.Text, toks, beforeIdx);
        }

        if (mention is null && beforeIdx >= 0)
        {
            (mention, cue) = QuoteSubject.Opening(doc.Text, toks, beforeIdx);

            // A subject that names nobody ("Last week, …") leaves the quotation to the fallbacks below.
            if (mention is not null && attributor.Resolve(mention, paraText, p, ParagraphEnd(p + 2)).Speaker is null)
            {
                mention = null;
            }
        }

        if (mention is null && beforeIdx >= 0 && QuoteSubject.FragmentBefore(toks, beforeIdx) is { } fragmentEnd)
        {
            // "“It's fine,” Ortiz said of the plan. “…”": the cue of a short quotation just before carries on into this one.
            (mention, cue) = CueAfter(toks, fragmentEnd, quote);
            if (mention is null)
            {
                (mention, cue) = QuoteSubject.Trailing(doc.Text, toks, fragmentEnd);
            }
        }

        if (mention is not null)
        {
            mention = QuotationSubjectAntecedent(mention, toks, p, quote.Marks.Start) ?? mention;
            var (speaker, person) = attributor.Resolve(mention, paraText, p, ParagraphEnd(p + 2));
            quote.Speaker = speaker;
            quote.Cue = cue;
            if (speaker is not null)
            {
                state.Spoke(speaker, person, p);
            }

            foreach (var sibling in inParagraph.Where(q => q.Speaker is null && q.Group != quote.Group && q.Marks.Start < quote.Marks.Start))
            {
                sibling.Speaker = speaker;
                sibling.Cue = cue;
            }

            return;
        }

        var earlier = inParagraph.LastOrDefault(q => q.Marks.Start < quote.Marks.Start && q.Speaker is not null);
        if (earlier is not null)
        {
            quote.Speaker = earlier.Speaker;
            quote.Cue = earlier.Cue;
            return;
        }

        var groupMate = all.FirstOrDefault(q => q.Group == quote.Group && q.Speaker is not null);
        if (groupMate is not null)
        {
            quote.Speaker = groupMate.Speaker;
            quote.Cue = groupMate.Cue;
            return;
        }

        // "The message said, in part:" introduces a quotation in the next paragraph; a document as subject means its author.
        if (p > 0 && quote.Marks.Start == doc.Paragraphs[p].Start && doc.ParagraphText(p - 1).TrimEnd().EndsWith(':'))
        {
            var lead = tokens[p - 1];
            var verb = lead.FindLastIndex(t => Vocabulary.IsReportingVerb(t.Text) && char.IsLower(t.Text[0]));
            var introducer = verb > 0 ? MentionParser.Before(doc.Text, lead, verb, 0) : null;
            var (speaker, person) = introducer is not null
                ? attributor.Resolve(introducer, doc.ParagraphText(p - 1), p - 1, ParagraphEnd(p + 1))
                : (state.LastPerson?.Name ?? registry.People.MinBy(x => x.FirstPosition)?.Name, state.LastPerson ?? registry.People.MinBy(x => x.FirstPosition));
            if (speaker is not null)
            {
                quote.Speaker = speaker;
                quote.Cue = verb >= 0 ? lead[verb].Lower : null;
                state.Spoke(speaker, person, p);
                return;
            }
        }

        // A paragraph that is only a quote continues the last speaker, or names its speaker at the start of the next paragraph.
        if (p + 1 < tokens.Count && LeadingAttribution(p + 1) is { } next)
        {
            var (speaker, person) = attributor.Resolve(next, doc.ParagraphText(p + 1), p + 1, ParagraphEnd(p + 3));
            quote.Speaker = speaker;
            quote.Cue = "said";
            if (speaker is not null)
            {
                state.Spoke(speaker, person, p);
            }

            return;
        }

        if (p > 0 && quote.Marks.Start == doc.Paragraphs[p].Start && QuoteSubject.PreviousParagraph(doc.Text, tokens[p - 1]) is ({ } subject, var leadCue) &&
            attributor.Resolve(subject, doc.ParagraphText(p - 1), p - 1, ParagraphEnd(p + 1)) is ({ } leadSpeaker, var leadPerson))
        {
            quote.Speaker = leadSpeaker;
            quote.Cue = leadCue;
            state.Spoke(leadSpeaker, leadPerson, p);
            return;
        }

        if (state.LastSpeaker is not null && p - state.LastParagraph <= 2)
        {
            quote.Speaker = state.LastSpeaker;
            return;
        }

        // Nobody has spoken nearby: a quotation standing alone is most likely the person the text has just named.
        if (state.LastSpeaker is null && registry.LastNamedBefore(quote.Marks.Start, doc.Paragraphs[Math.Max(0, p - 1)].Start) is { } named)
        {
            quote.Speaker = named.Name;
            state.Spoke(named.Name, named, p);
        }
    }

    private (Mention?, string?) CueAfter(List<Token> toks, int i, QuoteSpan quote)
    {
        while (i < toks.Count && (toks[i].IsPunct(',') || toks[i].IsPunct('—') || toks[i].IsPunct('–')))
        {
            i++;
        }

        if (i >= toks.Count)
        {
            return (null, null);
        }

        var endsSentence = EndsSentence(quote);
        if (Vocabulary.IsReportingVerb(toks[i].Text) && toks[i].Lower != "states")
        {
            var m = MentionParser.After(doc.Text, toks, i + 1, toks.Count);
            if (m is not null)
            {
                return (m, toks[i].Lower);
            }
        }

        // "…," Long noted. / "…," he said. / "…," the diplomat told Xinhua.
        for (var v = i + 1; v < Math.Min(toks.Count, i + 30); v++)
        {
            if (toks[v].IsPunct('.') || toks[v].IsQuoteMark)
            {
                break;
            }

            if (!Vocabulary.IsReportingVerb(toks[v].Text) || !char.IsLower(toks[v].Text[0]))
            {
                continue;
            }

            var m = MentionParser.Before(doc.Text, toks, v, i);
            if (m is null || m.Start != toks[i].Start && m.PhraseStart != toks[i].Start && !(m.Kind == MentionKind.Description && m.Start <= toks[i].Start + 4))
            {
                continue;
            }

            // After a sentence-final mark, "He said …" opens a new sentence of reported speech, not this quote's cue, and
            // "He added, “…”" or "Zahed said: “…”" introduces the next quotation.
            if (endsSentence && v + 1 < toks.Count && (!TrailingCue.ClosesCue(toks, v) || TrailingCue.IntroducesNextQuote(toks, v)))
            {
                return (null, null);
            }

            return (m with { Anchored = true }, toks[v].Lower);
        }

        return TrailingCue.Find(doc.Text, toks, i);
    }

    private bool EndsSentence(QuoteSpan quote)
    {
        var content = quote.Content.Of(doc.Text);
        return content.EndsWith('.') || content.EndsWith('?') || content.EndsWith('!');
    }

    private (Mention?, string?) CueBefore(List<Token> toks, int i)
    {
        if (!(toks[i].IsPunct(':') || toks[i].IsPunct(',')))
        {
            // "Smith said "…"" without punctuation is rare; "that "…"" is reported speech with a quote inside.
            if (!(Vocabulary.IsReportingVerb(toks[i].Text) || toks[i].Lower == "that"))
            {
                return (null, null);
            }
        }
        else
        {
            i--;
        }

        for (var v = i; v >= 0 && v >= i - 6; v--)
        {
            if (toks[v].IsPunct('.') || toks[v].IsQuoteMark)
            {
                break;
            }

            if (!Vocabulary.IsReportingVerb(toks[v].Text))
            {
                continue;
            }

            var floor = SentenceStart(toks, v);
            var m = MentionParser.Before(doc.Text, toks, v, floor);
            if (m is not null)
            {
                return (m, toks[v].Lower);
            }
        }

        if (toks.Count > 2 && toks[0].Lower == "according" && toks[1].Lower == "to")
        {
            return (MentionParser.After(doc.Text, toks, 2, i + 1), "according to");
        }

        return (null, null);
    }

    private static int SentenceStart(List<Token> toks, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (toks[j].IsPunct('.') || toks[j].IsPunct('?') || toks[j].IsPunct('!') || toks[j].IsQuoteMark)
            {
                return j + 1;
            }
        }

        return 0;
    }

    private Mention? LeadingAttribution(int p)
    {
        var toks = tokens[p];
        if (toks.Count == 0)
        {
            return null;
        }

        if (Vocabulary.IsReportingVerb(toks[0].Text) && toks[0].Lower is "said" or "says")
        {
            return MentionParser.After(doc.Text, toks, 1, toks.Count);
        }

        var comma = toks.FindIndex(t => t.IsPunct('.') || t.IsPunct(','));
        for (var v = 1; v < Math.Min(toks.Count, 12); v++)
        {
            if (Vocabulary.IsReportingVerb(toks[v].Text) && v + 1 < toks.Count && (toks[v + 1].IsPunct('.') || toks[v + 1].IsPunct(',')) && (comma < 0 || comma >= v - 1))
            {
                return MentionParser.Before(doc.Text, toks, v, 0);
            }
        }

        return null;
    }
}
