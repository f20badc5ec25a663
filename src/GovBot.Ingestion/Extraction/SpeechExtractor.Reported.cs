using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Lexicon;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>Reported speech in one sentence: the cues, their subjects and the clause each one reports; the patterns live in Patterns/.</summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>A cue found in a sentence: who speaks and where the reported content starts.</summary>
    private sealed record Cue(int Verb, int ContentStart, int CueStart, string Verb_, Mention? Mention, string? Speaker, bool Trailing)
    {
        /// <summary>
        /// The source as written ("Critics said …", "according to Tidewater"), the speaker when the mention names no one the
        /// document knows.
        /// </summary>
        public string? AsWritten { get; init; }

        /// <summary>The source as written when finding it costs more than the name rules ("The FBI said …"), read only when the mention names no one.</summary>
        public Func<string?>? AsWrittenLater { get; init; }

        /// <summary>The last token of the content when it ends before the next cue or the sentence's end (an aside's closing comma).</summary>
        public int? End { get; init; }

        /// <summary>The name opening the sentence before a long aside, tried when the mention nearest the verb names no one.</summary>
        public Mention? Opening { get; init; }
    }

    /// <summary>
    /// Reported speech in one sentence: "X said (that) …", "…, X said.", "According to X, …", "China, he said, is …",
    /// "X told Y that …", and continuations that share the subject: "…, adding that …", "… and argued that …".
    /// </summary>
    private List<ExtractedQuote> FindIndirect(TextSpan sentence, int p, string? quoteSpeaker, int after, List<QuoteSpan>? quoted = null)
    {
        var results = new List<ExtractedQuote>();
        var toks = tokens[p];
        var first = TokenIndex.AtOrAfter(toks, Math.Max(sentence.Start, after));
        var last = TokenIndex.LastEndingBy(toks, sentence.End);
        // A "sentence" of thousands of words is not prose (a table, a list, a broken scrape): nothing in it is reported speech.
        if (first < 0 || last < first || last - first > MaxSentenceTokens)
        {
            return results;
        }

        if (quoteSpeaker is not null && QuoteRunOn.After(toks, first, last) is var (runOnVerb, runOn))
        {
            // "“It is the cheaper route,” she added, to build the pier …": the quoted sentence runs on after its cue.
            if (Indirect(new Cue(runOnVerb, runOn, first, toks[runOnVerb].Lower, null, quoteSpeaker, false), toks, runOn, last, sentence, p) is { } rest)
            {
                results.Add(rest);
            }

            return results;
        }

        // "Asked whether he would run, Ortiz said …": the opening phrase is the question, not what Ortiz said.
        first = AskedQuestion.MainClauseStart(toks, first, last);
        var fronted = ClauseBoundary.FrontedEnd(toks, first, last);
        var subjectFirst = ClauseBoundary.SubjectStart(toks, first, last);
        var cues = new List<Cue>();
        if (quoteSpeaker is null && NoteCitedBody(sentence, OpeningAccordingToCue(sentence, toks, first, last)) is { } accordingOpening)
        {
            cues.Add(accordingOpening);
        }

        if (quoteSpeaker is null && cues.Count == 0 && fronted > first && ReportedClause.Participles.Contains(toks[first].Lower) &&
            SentenceSubject(toks, fronted + 1, last) is { } participleSubject && ReportedClause.ContentAfterVerb(toks, first, fronted - 1) is var opened and > 0)
        {
            // "Noting that the fund was empty, Ortiz …": a participle that opens the sentence is the main clause subject's.
            cues.Add(new Cue(first, opened, first, toks[first].Lower, participleSubject, null, false));
        }

        for (var v = first + 1; v <= last; v++)
        {
            var verb = toks[v];
            if (!char.IsLower(verb.Text[0]) || (quoted is not null && quoted.Any(q => q.Marks.Start <= verb.Start && verb.End <= q.Marks.End)))
            {
                continue;
            }

            var previous = cues.Count > 0 ? cues[^1] : null;
            var inherited = previous is not null ? (previous.Mention, previous.Speaker) : ((Mention?)null, quoteSpeaker);
            if (previous is null && quoteSpeaker is null && SayingPhrase.Continues(toks, first, v))
            {
                // "The campaign issued a statement saying …", "Ortiz responded by saying …": the sentence's subject speaks.
                // "Shortly after the vote, Ortiz issued a statement saying …": past a short opening phrase and its comma.
                var afterOpening = MentionSubject.AfterOpeningAdverbial(toks, first, v - 1);
                if (((afterOpening >= 0 ? MentionSubject.NameAt(toks, afterOpening, SharedSubject(toks, afterOpening, v - 1)) : null) ?? SharedSubject(toks, first, v - 1)) is { } sharer &&
                    ReportedClause.ContentAfterVerb(toks, v, last) is var shared and > 0)
                {
                    cues.Add(new Cue(v, shared, v - 1, verb.Lower, sharer, null, false));
                }

                continue;
            }

            if (cues.Count == 0 && quoteSpeaker is null && ParticipleCue.OpensSentence(toks, first, v, fronted) && SentenceSubject(toks, fronted + 1, last) is { } main &&
                ReportedClause.ContentAfterVerb(toks, v, fronted - 1) is var frontedContent and > 0)
            {
                // "While insisting that the count was fair, Brennan …": the main clause's subject said the fronted words.
                cues.Add(new Cue(v, frontedContent, first, verb.Lower, main, null, false));
                continue;
            }

            if (cues.Count == 0 && quoteSpeaker is null && PurposeInfinitive.Applies(toks, first, v) && SharedSubject(toks, first, v - 2) is { } purposer &&
                ReportedClause.ContentAfterVerb(toks, v, last) is var purpose and > 0)
            {
                // "…, but only to tell Brennan that …": the clause's subject speaks.
                cues.Add(new Cue(v, purpose, v - 1, verb.Lower, purposer, null, false));
                continue;
            }

            if (cues.Count == 0 && quoteSpeaker is null && TookToSay.Applies(toks, first, v) && ReportedClause.ContentAfterVerb(toks, v, last) is var took and > 0 &&
                (SharedSubject(toks, first, v - 2) is { } taker && !Patterns.DescribedOpening.IsCount(taker.Text) && !OwnsTheSubject(toks, first, v)
                    ? (taker, null)
                    : ((Mention?)null, GroupOpening(toks, first, v - 2, verb.Text) ?? DescribedOpening(toks, first, v - 2, verb.Text))) is var (takerName, takerGroup) &&
                (takerName is not null || takerGroup is not null))
            {
                // "Some fishermen took to Twitter to say …": the subject went to a medium to speak.
                cues.Add(new Cue(v, took, v - 1, verb.Lower, takerName, takerGroup, false));
                continue;
            }

            if (ReportedClause.Participles.Contains(verb.Lower) && (PartialQuotes.AfterComma(toks, v) || ReportedClause.JoinsParticiple(toks, first, v)) && inherited.Item1 is null && inherited.Item2 is null)
            {
                // "The campaign responded Friday, saying …": with no cue before it, the participle shares the clause's subject.
                inherited = (SharedSubject(toks, first, v - 1) ?? ParticipleCue.AsideSubject(doc.Text, toks, first, v) ?? SubjectAfterOpening(toks, first, v)) is { } sharedSubject &&
                            !Patterns.DescribedOpening.IsCount(sharedSubject.Text)
                    ? (sharedSubject, sharedSubject.Kind == MentionKind.Name ? ParticipleGroup(toks, first, v - 1, verb.Text, sharedSubject) : null)
                    // "One clerk declined to comment, saying …": a count the body rules read as a one-word name is no body.
                    : (null, (BodyOpening(sentence, toks, first, v - 1, verb.Lower) is { } opener && !Patterns.DescribedOpening.IsCount(opener) ? opener : null) ??
                             GroupOpening(toks, first, v - 1, verb.Text) ?? DescribedOpening(toks, first, v - 1, verb.Text) ?? TheyJustSpoke(toks, first, v - 1, p, sentence) ??
                             // "The lawsuit contends … . It goes on to fault …, saying …": the body or document that just spoke.
                             (PronounSubject.OpensWithActingIt(toks, first, v - 1) ? BodyJustSpoke(p, sentence.Start) : null));
            }

            if (ReportedClause.Participles.Contains(verb.Lower) && (PartialQuotes.AfterComma(toks, v) || ReportedClause.JoinsParticiple(toks, first, v)) && (inherited.Item1 is not null || inherited.Item2 is not null))
            {
                var c = ReportedClause.ContentAfterVerb(toks, v, last);
                if (c > 0)
                {
                    // "Brennan, after initially saying he would not run, changed course": the aside's words end at its comma.
                    var asideEnd = cues.Count == 0 ? ParticipleCue.AsideEnd(toks, first, v, c, last) : -1;
                    cues.Add(new Cue(v, c, v - 1, verb.Lower, inherited.Item1, inherited.Item2, false) { End = asideEnd >= c ? asideEnd : null });
                }
                else if (toks[v - 1].Lower is "and" or "while")
                {
                    EndBeforeJoinedCue(cues, toks, v - 1, v, last);
                }

                continue;
            }

            if (cues.Count == 0 && quoteSpeaker is null && PossessiveClaim.OwnerEnd(toks, first, v, last) is var ownerEnd and > 0 &&
                MentionParser.Before(doc.Text, toks, ownerEnd, first) is { Kind: MentionKind.Name } owner)
            {
                // "… expanded Brask's long-running claims that Ortiz is unqualified": the claim's owner said the clause; in an
                // opening phrase ("Despite Ortiz's insistence that …, the board …") the clause ends at the phrase's comma.
                cues.Add(new Cue(v, v + 2, TokenIndex.AtOrAfter(toks, owner.PhraseStart), verb.Lower, owner, null, false) { End = fronted > v + 2 ? fronted - 1 : null });
                continue;
            }

            if (!Vocabulary.IsReportingVerb(verb.Text) && !(verb.Lower == "shot" && v + 1 <= last && toks[v + 1].Lower == "back") && SoundedNote.ContentStart(toks, v, last) < 0)
            {
                continue;
            }

            if (v + 2 <= last && toks[v + 1].Lower == "to" && SubjectPhrase.IsSpeechVerb(toks[v + 2].Text))
            {
                // "Ortiz continued to say …": the speech verb after "to" is the cue, not the verb before it.
                continue;
            }

            if (AskedQuestion.IsPassive(toks, first, v))
            {
                // "Ortiz was asked whether …", "aides were told that …": the subject heard the words; it did not say them.
                continue;
            }

            var conjunction = ClauseBoundary.Conjunction(toks, first, v);
            // "Ortiz, who is enjoying the post and is saying …": the conjunction goes on with a relative clause.
            var joinedRelative = conjunction >= 0 && inherited.Item1 is null && inherited.Item2 is null && quoteSpeaker is null ? RelativeClause.Joined(toks, first, conjunction) : -1;
            if (conjunction >= 0 && joinedRelative < 0 && inherited.Item1 is null && inherited.Item2 is null && quoteSpeaker is null)
            {
                // "X welcomed the outcome but noted that …", "when Ortiz thanked the volunteers and said …", "X offered …, then says …":
                // the cue shares its clause's subject.
                inherited = ((MentionSubject.OpensWithParticiple(toks, first) ? null : SharedSubject(toks, first, conjunction)) ??
                             SharedSubject(toks, MentionSubject.AfterOpeningPhrase(toks, first, conjunction), conjunction)) is { } sharedSubject && !Patterns.DescribedOpening.IsCount(sharedSubject.Text)
                    ? (sharedSubject, null)
                    : (null, (BodyOpening(sentence, toks, first, conjunction, verb.Lower) is { } body && !Patterns.DescribedOpening.IsCount(body) ? body : null) ??
                             GroupOpening(toks, first, conjunction, verb.Text) ?? DescribedOpening(toks, first, conjunction, verb.Text) ?? TheyJustSpoke(toks, first, conjunction, p, sentence));
            }

            if (conjunction >= 0 && joinedRelative < 0 && (inherited.Item1 is not null || inherited.Item2 is not null))
            {
                var c = ReportedClause.ContentAfterVerb(toks, v, last);
                if (c > 0)
                {
                    var cueStart = conjunction > first && toks[conjunction - 1].IsPunct(',') ? conjunction - 1 : conjunction;
                    // "Tidemark keeps its accounts secret but says …": a one-word subject no person answers to is the body that opens the sentence.
                    cues.Add(new Cue(v, c, cueStart, verb.Lower, inherited.Item1, inherited.Item2, false) { AsWrittenLater = inherited.Item1 is { } one ? BodyOpeningLater(sentence, toks, first, conjunction, verb.Lower, one.Text) : null });
                }
                else
                {
                    EndBeforeJoinedCue(cues, toks, conjunction, v, last);
                }

                continue;
            }

            if (quoteSpeaker is null && SubjectPhrase.IsSpeechVerb(verb.Text) && TheyInRelative.Match(toks, first, v, last) is var (theyAt, theirEnd))
            {
                // "Farmers want more storage, which they argue keeps water in the valley": the group that opens the sentence; with
                // none, "they" is no one the sentence names, and the thing before "which" never speaks.
                if ((PluralPronoun.GroupOpening(doc.Text, toks, first, theyAt) ?? (toks[first].Lower == "they" ? GroupOpeningSentenceBefore(p, first) : null)) is { } theirGroup &&
                    Indirect(new Cue(v, v + 1, theyAt, verb.Lower, null, theirGroup, false), toks, v + 1, theirEnd, sentence, p, quoted) is { } theirs)
                {
                    results.Add(theirs);
                }

                continue;
            }

            if (quoteSpeaker is null && SubjectPhrase.IsSpeechVerb(verb.Text) && GroupInRelative.Match(doc.Text, toks, first, v, last) is var (groupAt, inRelative, relativeEnd))
            {
                // "a charity that investigators said was diverting funds": the group says the rest of its clause.
                if (Indirect(new Cue(v, v + 1, groupAt, verb.Lower, null, inRelative, false), toks, v + 1, relativeEnd, sentence, p, quoted) is { } reported)
                {
                    results.Add(reported);
                }

                continue;
            }

            if ((joinedRelative >= 0 ? joinedRelative : RelativeClause.Pronoun(toks, first, v)) is var relativeAt and >= 0)
            {
                if (SubjectPhrase.IsSpeechVerb(verb.Text) && RelativeClause.End(toks, relativeAt, v, last) is var clauseEnd &&
                    ReportedClause.ContentAfterVerb(toks, v, clauseEnd) is var clauseContent and > 0)
                {
                    // "“…,” said Dana Ortiz, 52, of Toledo, who said …": the quotation's speaker, when the antecedent names no one.
                    var group = RelativeClause.GroupBefore(doc.Text, toks, first, relativeAt) ?? RelativeClause.ShareBefore(doc.Text, toks, first, relativeAt) ??
                                (toks[relativeAt - 1].IsPunct(',') ? quoteSpeaker : null);
                    var antecedent = group is null || group == quoteSpeaker ? RelativeAntecedent(toks, first, relativeAt) : null;
                    if ((antecedent is not null || group is not null) &&
                        Indirect(new Cue(v, clauseContent, relativeAt, verb.Lower, antecedent, group, false), toks, clauseContent, clauseEnd, sentence, p, quoted) is { } relative)
                    {
                        results.Add(relative);
                    }
                }

                continue;
            }

            if (SubjectPhrase.IsSpeechVerb(verb.Text) && VerbAdverbials.Start(toks, first, SubjectPhrase.AuxiliariesStart(toks, first, v)) is var embeddedEnd && embeddedEnd > first + 1 &&
                MentionParser.Before(doc.Text, toks, embeddedEnd, first) is { } embedder &&
                RelativeClause.Embedding(toks, first, TokenIndex.AtOrAfter(toks, embedder.PhraseStart), v, last) is var embedding and >= 0)
            {
                // "a wall, which he said the county would pay for": the subject's words are the rest of the relative clause. "At the
                // rally, Brennan listed towns he said had lost jobs": a pronoun there stands for the subject of the main clause.
                var speakerOf = embedder.Kind == MentionKind.Pronoun ? SentenceSubjectAntecedent(embedder, toks, sentence, afterOpening: true) ?? embedder : embedder;
                if (Indirect(new Cue(v, v + 1, embedding, verb.Lower, speakerOf, null, false), toks, v + 1, EmbeddedClauseEnd.End(toks, embedding, v, last), sentence, p, quoted) is { } embedded)
                {
                    results.Add(embedded);
                }

                continue;
            }

            if (SubjectPhrase.IsSpeechVerb(verb.Text) && DescribedEmbedding(toks, first, v, last) is var (describedBy, describedAt))
            {
                // "a gap that border experts say renders the wall moot": described people speak the rest of the relative clause.
                if (Indirect(new Cue(v, v + 1, describedAt, verb.Lower, null, describedBy, false), toks, v + 1, EmbeddedClauseEnd.End(toks, describedAt, v, last), sentence, p, quoted) is { } embedded)
                {
                    results.Add(embedded);
                }

                continue;
            }

            if (quoteSpeaker is null && cues.Count > 0 && SubjectPhrase.IsSpeechVerb(verb.Text) && PronounSubject.Coordinated(toks, first, v) is var (again, againAt) &&
                ReportedClause.ContentAfterVerb(toks, v, last) is var againContent and > 0)
            {
                // "Beck said the race was close, but he said the state could swing": a second statement in the sentence.
                cues.Add(new Cue(v, againContent, againAt, verb.Lower, again, null, false));
                continue;
            }

            if (quoteSpeaker is null && cues.Count > 0 && !cues[^1].Trailing && cues[^1].Mention is null && SubjectPhrase.IsSpeechVerb(verb.Text) &&
                PluralPronoun.Subject(toks, first, v) is var theyAgain && theyAgain > cues[^1].Verb + 1 &&
                (toks[theyAgain - 1].IsPunct(',') || (toks[theyAgain - 2].IsPunct(',') && toks[theyAgain - 1].Lower is "and" or "but" or "yet")) &&
                PluralPronoun.IsGroup(cues[^1].Speaker ?? cues[^1].AsWritten ?? "") && ReportedClause.ContentAfterVerb(toks, v, last) is var theirsAgain and > 0)
            {
                // "Though aides say the count is slow, they also say …": "they" after a comma is the group that just spoke.
                cues.Add(cues[^1] with { Verb = v, ContentStart = theirsAgain, CueStart = theyAgain, Verb_ = verb.Lower, End = null, Opening = null });
                continue;
            }

            if (quoteSpeaker is not null)
            {
                continue;
            }

            if (cues.Count > 0)
            {
                // One reporting clause per sentence, unless a second subject opens a clause of its own: "While Ortiz has
                // said …, Brennan said …", "Ortiz said …, but Brennan said …".
                if (!cues[^1].Trailing && ClauseBoundary.SecondSubject(doc.Text, toks, first, v, cues[^1].Verb, fronted) is { } second &&
                    TokenIndex.AtOrAfter(toks, second.PhraseStart) is var secondStart &&
                    !(quoted is not null && (QuotedSpeech.Attributes(toks, quoted, secondStart, v) || Lexicons.ObjectTakingVerbs.Contains(verb.Text))) &&
                    ReportedClause.ContentAfterVerb(toks, v, last) is var secondContent and > 0)
                {
                    cues.Add(new Cue(v, secondContent, secondStart, verb.Lower, second, null, false));
                }
                else if ((!cues[^1].Trailing || ReportedTail.SecondCueAfterAside(toks, cues[^1].Verb + 2, last)) && quoted is null && SubjectPhrase.IsSpeechVerb(verb.Text) &&
                         ClauseBoundary.SecondClauseStart(toks, v, cues[^1].Verb, fronted) is var clauseStart and >= 0 &&
                         DescribedSecondSubject(toks, clauseStart, v) is { } described &&
                         ReportedClause.ContentAfterVerb(toks, v, last) is var describedContent and > 0)
                {
                    // "Ortiz said the talks came late, but officials said …": a described source opening the second clause.
                    cues.Add(new Cue(v, describedContent, clauseStart, verb.Lower, null, described.Text, false));
                }
                else if (!cues[^1].Trailing && quoted is null && cues[^1].Verb_ != "according to" && SubjectPhrase.IsSpeechVerb(verb.Text) && SubjectPhrase.SecondShare(toks, cues[^1].Verb, v) is var (shareStart, shareEnd) &&
                         ReportedClause.ContentAfterVerb(toks, v, last) is var shareContent and > 0)
                {
                    // "58 percent said …; fewer than a third said …", "… and others have said …": a share or quantifier opening the next clause.
                    cues.Add(new Cue(v, shareContent, toks[shareStart - 1].IsPunct(';') ? shareStart - 1 : shareStart, verb.Lower, null, SubjectPhrase.Text(doc.Text, toks, shareStart, shareEnd), false));
                }

                continue;
            }

            var m = Asides.NameBeforePlace(doc.Text, toks, v, first) ?? MentionParser.Before(doc.Text, toks, v, first) ?? Asides.SubjectBefore(doc.Text, toks, v, first);
            if (m is null && SubjectPhrase.AuxiliariesStart(toks, first, v) is var aux && aux < v)
            {
                // "Ortiz isn’t saying …", "the mayor’s aides have long said …".
                m = MentionParser.Before(doc.Text, toks, aux, first);
            }

            if (m is null && VerbAdverbials.Start(toks, first, v) is var adverbials && adverbials < v)
            {
                // "Ortiz on Tuesday said …", "Ortiz, however, said …", "Ortiz less than two weeks ago said …".
                m = MentionParser.Before(doc.Text, toks, adverbials, first);
            }

            if (m is null && SubjectPhrase.IsSpeechVerb(verb.Text))
            {
                // "Ortiz and his rivals have said …": the person named first.
                m = CoordinatedGroups.NamedFirst(doc.Text, toks, first, v);
            }

            // "He's said he …": the pronoun fused with its auxiliary.
            m ??= PronounSubject.Contracted(toks, first, v);

            if ((m is null || m.Kind != MentionKind.Name || TokenIndex.AtOrAfter(toks, m.PhraseStart) > first + 1) && SubjectPhrase.IsSpeechVerb(verb.Text) &&
                LongAside.Subject(doc.Text, toks, first, v) is { } opening)
            {
                // "Jason Reed — a teacher from Dover — says …", "Ortiz, later claiming that the count was rigged, said …": the name
                // that opens the sentence before an aside too long for the appositive rules, not a name or pronoun inside the aside.
                m = opening;
            }

            if (m is not null && !ReportedClause.Participles.Contains(verb.Lower) && SubjectPhrase.IsPrepositionObject(toks, first, TokenIndex.AtOrAfter(toks, m.PhraseStart)) &&
                !(m.Kind == MentionKind.Name && MentionSubject.AfterClauseAnd(toks, first, TokenIndex.AtOrAfter(toks, m.PhraseStart))))
            {
                // "Some members of the board in Dayton said …": a name after a preposition ends the subject, it is not it.
                m = null;
            }

            if (m is { Kind: MentionKind.Name } && SubjectPhrase.IsSpeechVerb(verb.Text) && UnresolvedSubject.RelativeAt(doc.Text, toks, first, v) is var relativeOpen and >= 0 &&
                relativeOpen < TokenIndex.AtOrAfter(toks, m.PhraseStart))
            {
                // "Officials who spoke with the Dayton Ledger said …": a name inside the group's relative clause is not the speaker.
                m = null;
            }

            if (m is null && SubjectPhrase.IsSpeechVerb(verb.Text) && PluralPronoun.Subject(toks, first, v) is var they and >= 0 &&
                // "While many harbour watchers expect …, they say …": the group that opens this sentence comes before any group that spoke earlier.
                ((they > first + 1 && (toks[they - 1].IsPunct(',') || ClauseOpeners.Precede(toks, first, they)) ? PluralPronoun.GroupOpening(doc.Text, toks, first, they) : null) ??
                 (state.LastSpeaker is { } spokeLast && PluralPronoun.IsGroup(spokeLast) && state.LastParagraph >= p - 1 &&
                 // "…, surrogates for Republicans in tight races, they say.": a group inside the words a closing "they say" reports is not "they".
                 !PluralPronoun.OtherGroupBetween(doc.Text, state.LastEnd >= 0 ? state.LastEnd : sentence.Start,
                     they > first && toks[they - 1].IsPunct(',') && ReportedClause.IsClauseEnd(toks, v + 1, last) ? Math.Max(state.LastEnd, toks[first].Start) : toks[they].Start, spokeLast) &&
                 !NamedBetween(state.LastEnd >= 0 ? state.LastEnd : sentence.Start, toks[they].Start) &&
                 !(first > 0 && state.LastParagraph < p) // a sentence of this paragraph the group did not speak in stands between
                    ? spokeLast
                    // "Tenant organizers criticized the ruling. They said …": the group that opens the sentence before.
                    // "Tenant organizers bristle at the charge — it is unfair, they say.": the group that opens this sentence.
                    : they > first + 1 ? (toks[they - 1].IsPunct(',') ? PluralPronoun.GroupOpening(doc.Text, toks, first, they) ?? GroupOpeningSentenceBefore(p, first) : null)
                    : GroupOpeningSentenceBefore(p, first))) is { } lastGroup)
            {
                // "Campaign aides said … . They said the count would take a week.": the group that just spoke.
                if (they > first && toks[they - 1].IsPunct(',') && ReportedClause.IsClauseEnd(toks, v + 1, last) && !PronounSubject.ClauseAfterCue(toks, v + 1, last))
                {
                    // "Organizers bristle at the charge — it is unfair, they say.": the words after the dash are what they say.
                    var dash = toks.FindLastIndex(they - 1, they - first, t => t.IsPunct('—') || t.IsPunct('–') || t.IsPunct(':'));
                    cues.Add(new Cue(v, dash >= first && dash + 1 < they - 1 ? dash + 1 : first, they - 1, verb.Lower, null, lastGroup, true));
                }
                else if (they > first && toks[they - 1].IsPunct(',') && v + 2 <= last && toks[v + 1].IsPunct(','))
                {
                    // "Riding alone at night, they said, can be risky.": the longer side of the aside is the content.
                    cues.Add(AsideCue.SpansSentence(toks, first, they - 1, v, last)
                        ? new Cue(v, first, they - 1, verb.Lower, null, lastGroup, false)
                        : ReportedTail.ContentBeforeAside(toks, first, they - 1, v, last)
                        ? new Cue(v, first, they - 1, verb.Lower, null, lastGroup, true)
                        : new Cue(v, v + 2, they - 1, verb.Lower, null, lastGroup, false));
                }
                else if (ReportedClause.ContentAfterVerb(toks, v, last) is var theirs and > 0)
                {
                    cues.Add(new Cue(v, theirs, they, verb.Lower, null, lastGroup, false));
                }

                continue;
            }

            if (m is null && SubjectPhrase.IsSpeechVerb(verb.Text) && PronounSubject.It(toks, first, v) is var it and >= 0 && BodyJustSpoke(p, sentence.Start) is { } spoke)
            {
                // "The Zentrix Group said … It said the figures were final.": the body that spoke last.
                AddWrittenCue(cues, toks, first, last, v, verb.Lower, spoke, it);
                bodyVoices.Add((sentence, new BodySubject.Voice(spoke, it) { Described = true }, toks[it].Start));
                continue;
            }

            if (m is null && SubjectPhrase.IsSpeechVerb(verb.Text) && PronounSubject.It(toks, first, v) is var itAt && itAt == first &&
                PronounSubject.DocumentBefore(doc.Text, toks, first) is { } document)
            {
                // "The board cited a 2019 audit. It says the pumps are failing.": the document just named.
                AddWrittenCue(cues, toks, first, last, v, verb.Lower, document, itAt);
                continue;
            }

            if (m is null)
            {
                if ((InvertedCue.Applies(toks, first, v, last) || ((quoted is null || PartialQuotes.ContinuesSentence(toks, first, v - 1)) && PartialQuotes.InvertedAfterQuote(toks, first, v, last))) &&
                    (quoted is null || !QuotedSpeech.Attributes(toks, quoted, v, v) || PartialQuotes.ContinuesSentence(toks, first, v - 1)))
                {
                    // "The plan will not hold, said Carl Benning, an analyst …": the words before the cue are the content.
                    var inverted = InvertedCue.NameAfter(doc.Text, toks, v, last);
                    var group = inverted is null ? InvertedCue.GroupAfter(doc.Text, toks, v, last) ?? InvertedCue.DescribedAfter(doc.Text, toks, v, last) : null;
                    if (inverted is not null || group is not null)
                    {
                        cues.Add(new Cue(v, first, v - 1, verb.Lower, inverted, group, true));
                        continue;
                    }
                }

                if (ReportedClause.IsClauseVerb(verb.Text) && OrganisationSubject.Before(doc.Text, toks, subjectFirst, v) is { } body && ReportedClause.ContentAfterVerb(toks, v, last) is var bodyContent and > 0)
                {
                    cues.Add(new Cue(v, bodyContent, first, verb.Lower, null, body, false));
                    bodyVoices.Add((sentence, new BodySubject.Voice(body, first), toks[first].Start));
                }
                else if (SubjectPhrase.IsSpeechOrRequestVerb(verb.Text) && SubjectPhrase.Before(toks, first, v) is var (phraseStart, phraseEnd))
                {
                    var who = SubjectPhrase.Text(doc.Text, toks, phraseStart, phraseEnd);
                    var wordsAfterOnly = SubjectPhrase.ReportsOnlyWordsAfter(verb.Text);
                    if (!wordsAfterOnly && phraseStart > first && toks[phraseStart - 1].IsPunct(',') && (ReportedClause.IsClauseEnd(toks, v + 1, last) || CueTail.Closes(toks, v + 1, last)) &&
                        !PlaceOpening.BeforeClause(toks, first, phraseStart - 1, v, last))
                    {
                        // "…, campaign aides said."
                        cues.Add(new Cue(v, first, phraseStart - 1, verb.Lower, null, who, true));
                    }
                    else if (!wordsAfterOnly && phraseStart > first && toks[phraseStart - 1].IsPunct(',') && AsideClose.Comma(toks, v, last) is var phraseClose and > 0 && phraseClose + 2 <= last)
                    {
                        // "Any deal the mediators reach, officials said (on Friday), would need …": the longer side of the aside is the content.
                        cues.Add(ReportedTail.ContentBeforeAside(toks, first, phraseStart - 1, phraseClose - 1, last)
                            ? new Cue(v, first, phraseStart - 1, verb.Lower, null, who, true)
                            : new Cue(v, phraseClose + 1, phraseStart - 1, verb.Lower, null, who, false));
                    }
                    else if (ReportedClause.ContentAfterVerb(toks, v, last) is var phraseContent and > 0)
                    {
                        cues.Add(new Cue(v, phraseContent, phraseStart, verb.Lower, null, who, false));
                    }
                }
                else if (SubjectPhrase.IsSpeechOrRequestVerb(verb.Text) && UnresolvedSubject.Before(doc.Text, toks, first, v) is var (written, writtenStart))
                {
                    var wordsAfterOnly = SubjectPhrase.ReportsOnlyWordsAfter(verb.Text);
                    if (!wordsAfterOnly && writtenStart > first && toks[writtenStart - 1].IsPunct(',') && (ReportedClause.IsClauseEnd(toks, v + 1, last) || CueTail.Closes(toks, v + 1, last)) &&
                        !PlaceOpening.BeforeClause(toks, first, writtenStart - 1, v, last))
                    {
                        // "…, a person familiar with the talks said."
                        cues.Add(new Cue(v, first, writtenStart - 1, verb.Lower, null, written, true));
                    }
                    else if (!wordsAfterOnly && writtenStart > first && toks[writtenStart - 1].IsPunct(',') && AsideClose.Comma(toks, v, last) is var writtenClose and > 0 && writtenClose + 1 <= last)
                    {
                        // "The fee, one harbour insider said (Friday), will rise …"; "The fee is fair, one insider said, and …" reports the words before.
                        cues.Add(ReportedTail.BeforeJoinedClause(toks, first, writtenStart - 1, writtenClose - 1, last)
                            ? new Cue(v, first, writtenStart - 1, verb.Lower, null, written, true)
                            : new Cue(v, writtenClose + 1, writtenStart - 1, verb.Lower, null, written, false));
                    }
                    else if (ReportedClause.ContentAfterVerb(toks, v, last) is var writtenContent and > 0)
                    {
                        cues.Add(new Cue(v, writtenContent, writtenStart, verb.Lower, null, written, false));
                    }
                }
                else if (SubjectPhrase.IsSpeechOrRequestVerb(verb.Text) && BodyBefore(sentence, toks, first, v) is { } voice)
                {
                    // "The State Department has said …", "…, the agency said.": a body no named official speaks for.
                    AddWrittenCue(cues, toks, first, last, v, verb.Lower, voice.Speaker, voice.Start);
                }

                continue;
            }

            var subjectStart = TokenIndex.AtOrAfter(toks, m.PhraseStart);
            var quotedAside = quoted is not null && QuotedAside.Applies(toks, first, subjectStart, v, last);
            if (quoted is not null && ((QuotedSpeech.Attributes(toks, quoted, subjectStart, v) && !PartialQuotes.FragmentBeforeCue(toks, first, subjectStart, v, last) && !quotedAside) ||
                                       Lexicons.ObjectTakingVerbs.Contains(verb.Text)))
            {
                // "“…,” Tan told a press conference": the quotation's own cue, whose words are the quotation; and "called the
                // outcome “a historic step”" names a thing, it reports no clause.
                continue;
            }

            // "… ended with Markey arguing that …": a participle's subject after "with".
            var atStart = subjectStart <= first + 1 || toks[subjectStart - 1].IsPunct(',') || MentionSubject.AfterDash(toks, first, subjectStart, v) ||
                          MentionSubject.AfterOpeners(toks, first, subjectStart) || (m.Kind == MentionKind.Name && MentionSubject.AfterClauseAnd(toks, first, subjectStart)) ||
                          (toks[subjectStart - 1].Lower == "the" && SubjectPremodifiers.Precede(toks, first, subjectStart - 1, v, true)) ||
                          (ReportedClause.Participles.Contains(verb.Lower) && toks[subjectStart - 1].Lower == "with") ||
                          toks.GetRange(first, subjectStart - first).All(t => t.Lower is "but" or "and" or "however" or "meanwhile" or "," or "the" or "a" or "an" or "separately" or "also") ||
                          DescribedName(toks, first, subjectStart) || ClauseOpeners.Precede(toks, first, subjectStart) || PronounSubject.AfterPrepositionalWhich(toks, first, subjectStart) ||
                          ClauseBoundary.TimeOpening(toks, first, subjectStart) || PronounSubject.AfterShortLead(toks, first, subjectStart) ||
                          (subjectFirst > first && subjectFirst == subjectStart) ||
                          SubjectPremodifiers.Precede(toks, first, subjectStart, v, m.Title is not null) ||
                          (subjectStart - 2 >= first && toks[subjectStart - 1].IsQuoteMark && toks[subjectStart - 2].IsPunct(','));
            if (!atStart)
            {
                // "The Licensing Department and the Ministry of Ports said …": the name nearest the verb is part of a body's subject.
                if (SubjectPhrase.IsSpeechOrRequestVerb(verb.Text) && BodyBefore(sentence, toks, first, v) is { } bodyVoice)
                {
                    AddWrittenCue(cues, toks, first, last, v, verb.Lower, bodyVoice.Speaker, bodyVoice.Start);
                }

                continue;
            }

            var unplaced = m.Kind == MentionKind.Name && SubjectPhrase.IsSpeechOrRequestVerb(verb.Text) ? UnresolvedSubject.GroupBefore(doc.Text, toks, subjectFirst, v) : null;
            var bodyLater = m.Kind == MentionKind.Name && SubjectPhrase.IsSpeechOrRequestVerb(verb.Text) && unplaced is null ? BodyLater(sentence, toks, subjectFirst, v) : null;

            if (AsCue.Leading(toks, first, subjectStart, v, last) is var asContent and > 0)
            {
                // "As Ortiz noted, the fund ran dry in May.": the main clause after the comma.
                cues.Add(new Cue(v, asContent, first, verb.Lower, m, null, false) { AsWritten = unplaced });
                continue;
            }

            if (AsCue.Trailing(toks, first, subjectStart, v, last))
            {
                // "The fund ran dry in May, as Ortiz noted.": the clause before the comma.
                cues.Add(new Cue(v, first, subjectStart - 2, verb.Lower, m, null, true) { AsWritten = unplaced });
                continue;
            }

            if (AsCue.Aside(toks, first, subjectStart, v, last) is var (asQuoteStart, asQuoteEnd))
            {
                // "… “is too close to call,” as Ortiz said on Monday, only raises …": the quotation, never the words after the aside.
                if (asQuoteStart >= 0)
                {
                    cues.Add(new Cue(v, asQuoteStart, asQuoteEnd + 1, verb.Lower, m, null, true) { AsWritten = unplaced });
                }

                continue;
            }

            // "…, the minister has confirmed, leaving Ireland behind …": a participle after the cue ends the reporting clause;
            // the content is what came before.
            if (v + 2 <= last && toks[v + 1].IsPunct(',') && subjectStart > first && toks[subjectStart - 1].IsPunct(',') &&
                toks[v + 2].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                cues.Add(new Cue(v, first, subjectStart - 1, verb.Lower, m, null, true) { AsWritten = unplaced, AsWrittenLater = bodyLater });
                continue;
            }

            // "China, he said, is ready to …": the parenthetical cue leaves the rest of the sentence as the content; when more
            // of the sentence stands before the cue ("The fund was drained by the “surge,” Ortiz said, that hit in May"), that side.
            if (v + 1 <= last && toks[v + 1].IsPunct(',') && subjectStart > first && toks[subjectStart - 1].IsPunct(','))
            {
                if (v + 1 == last)
                {
                    // "In marking the anniversary, the First Secretary said," before a quotation in the next paragraph: the cue
                    // introduces what follows, and the opening words are no content.
                    continue;
                }

                cues.Add(AsideCue.SpansSentence(toks, first, subjectStart - 1, v, last)
                    ? new Cue(v, first, subjectStart - 1, verb.Lower, m, null, false) { AsWritten = unplaced, AsWrittenLater = bodyLater }
                    : subjectStart - 1 - first > 2 * (last - (v + 1)) || CueTail.AsideAfterComma(toks, first, subjectStart - 1, v + 2, last) ||
                         ReportedTail.BeforeJoinedClause(toks, first, subjectStart - 1, v, last)
                    ? new Cue(v, first, subjectStart - 1, verb.Lower, m, null, true) { AsWritten = unplaced, AsWrittenLater = bodyLater }
                    : new Cue(v, v + 2, subjectStart - 1, verb.Lower, m, null, false) { AsWritten = unplaced, AsWrittenLater = bodyLater });
                continue;
            }

            // "…, he said." and "…, he said on Tuesday in Dayton, noting …", "…, harbor spokesman Ed Marsh said." — the content
            // is what came before the cue.
            var lead = subjectStart > first && toks[subjectStart - 1].IsPunct(',') ? subjectStart : SubjectPremodifiers.RunStart(toks, first, subjectStart, m.Title is not null);
            if (lead > first && toks[lead - 1].IsPunct(',') && !ReportedClause.IsOpeningPhraseBeforeClause(toks, first, lead - 1, v, last) && !MentionSubject.AfterTimePhrase(toks, first, lead - 1) &&
                !BlockQuoteCue.ColonAfter(toks, v, last) && !ToldAccount.AfterVerb(toks, v, last) &&
                ReportedClause.TailStart(toks, v, last) is var tail && !CueTail.LeadsClause(toks, first, tail, last) &&
                (ReportedClause.IsClauseEnd(toks, tail, last) || ReportedClause.IsAdverbialTail(toks, tail, last) || CueTail.Closes(toks, tail, last) ||
                 ReportedTail.CommentAfterCue(toks, tail, last)))
            {
                cues.Add(new Cue(v, first, lead - 1, verb.Lower, m, null, true) { AsWritten = unplaced, AsWrittenLater = bodyLater });
                continue;
            }

            if (quotedAside)
            {
                // "Crews who read “the rumour boards,” he said, end up in a quarrel …": the cue sits inside one reported sentence.
                cues.Add(new Cue(v, first, subjectStart - 2, verb.Lower, m, null, false) { AsWritten = unplaced, AsWrittenLater = bodyLater });
                continue;
            }

            if (subjectStart - 2 > first && toks[subjectStart - 1].IsQuoteMark && toks[subjectStart - 2].IsPunct(',') &&
                (quoted is null ? PartialQuotes.OnlyOccasionAfter(toks, v, last) : PartialQuotes.FragmentBeforeCue(toks, first, subjectStart, v, last)))
            {
                // "The ruling was “a gift to the developers,” Ortiz said.": a sentence ending in a partial quotation
                // too short to stand alone is reported speech as a whole.
                cues.Add(new Cue(v, first, subjectStart - 2, verb.Lower, m, null, true) { AsWritten = unplaced, AsWrittenLater = bodyLater });
                continue;
            }

            var start = ReportedClause.ContentAfterVerb(toks, v, last);
            if (start > 0)
            {
                // "Rep. Tomas Colewell of Oklahoma, an ally of the leadership, said …": when the place nearest the verb is no
                // speaker, the name that opens the sentence is.
                var sentenceOpening = m.Kind == MentionKind.Name && SubjectPhrase.IsSpeechVerb(verb.Text) ? LongAside.Subject(doc.Text, toks, first, v) : null;
                var named = sentenceOpening is not null && TokenIndex.AtOrAfter(toks, m.Start) is var at && at > first && toks[at - 1].Lower == "of" ? sentenceOpening
                    : m.Kind == MentionKind.Pronoun ? PronounSubject.Topic(doc.Text, toks, first, subjectStart, m.Female) ?? m : m;
                cues.Add(new Cue(v, start, subjectStart, verb.Lower, named, null, false) { AsWritten = unplaced, AsWrittenLater = bodyLater, Opening = sentenceOpening });
            }
        }

        if (cues.Count == 0 && quoteSpeaker is null && NoteCitedBody(sentence, AccordingToCue(sentence, toks, first, last)) is { } accordingCue)
        {
            cues.Add(accordingCue);
        }

        // "Ortiz told aides that the vote was lost, according to two people in the room": the people in the room vouch for the
        // whole account and Ortiz said only his words, which end before the comma (Patterns/VouchedAccount).
        var vouched = quoteSpeaker is null && cues.Count > 0 && cues.All(c => c.Verb_ != "according to" && !c.Trailing) &&
                      AccordingTo.Trailing(toks, first, last) is var vouchedAt && vouchedAt > cues[0].Verb &&
                      NoteCitedBody(sentence, AccordingToCue(sentence, toks, first, last)) is { Trailing: true } voucher && voucher.Verb == vouchedAt
            ? voucher
            : null;
        var vouchedCut = vouched?.CueStart - 1 ?? last;
        if (vouched is not null && VouchedAccount.RelativeBefore(toks, cues[^1].ContentStart, vouched.CueStart) is var which and >= 0)
        {
            // The source vouches for the figure in a closing relative clause, not for what the speaker said.
            vouched = vouched with { ContentStart = which };
            vouchedCut = which - 1;
        }

        if (vouched is not null && Indirect(vouched, toks, vouched.ContentStart, vouched.CueStart - 1, sentence, p, quoted) is { } account)
        {
            results.Add(account);
        }

        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            if (cue.Trailing && i > 0 && cue.ContentStart <= cues[i - 1].Verb)
            {
                // A trailing cue after a second subject would take the first clause's words again.
                continue;
            }

            int to;
            if (cue.Trailing)
            {
                to = cue.CueStart - 1;
            }
            else
            {
                to = i + 1 < cues.Count && !cues[i + 1].Trailing ? cues[i + 1].CueStart - 1 : last;
                to = Math.Min(to, cue.End ?? to);
                to = cue.ContentStart <= vouchedCut ? Math.Min(to, vouchedCut) : to;
                to = ReportedTail.End(toks, cue.ContentStart, to, toks[cue.Verb].Text);
                if (fronted > cue.ContentStart && cue.Verb < fronted)
                {
                    // "While Ortiz said the fund is safe, engineers …": the fronted clause's words end at its comma.
                    to = Math.Min(to, fronted - 1);
                }
            }

            var quote = Indirect(cue, toks, cue.ContentStart, to, sentence, p, quoted);
            if (quote is not null)
            {
                results.Add(quote);
            }
        }

        // "Ortiz wrote to the board, threatening a suit, according to a copy of the letter.": a cue that reported nothing
        // leaves the sentence to its "according to".
        if (results.Count == 0 && cues.Count > 0 && quoteSpeaker is null && cues.All(c => c.Verb_ != "according to") &&
            AccordingToCue(sentence, toks, first, last) is { } fallback &&
            Indirect(fallback, toks, fallback.ContentStart, fallback.Trailing ? fallback.CueStart - 1 : last, sentence, p, quoted) is { } accorded)
        {
            results.Add(accorded);
        }

        return results;
    }

    /// <summary>
    /// "Ortiz said the fee is a tax and added, “…”": a second speech verb of the same subject whose words are a quotation ends
    /// the words of the cue before it; the quotation is read on its own. A verb with no quotation after it may be a noun
    /// ("… and claims of momentum") and changes nothing.
    /// </summary>
    private static void EndBeforeJoinedCue(List<Cue> cues, List<Token> toks, int conjunction, int verb, int last)
    {
        var mark = verb + 1 <= last && (toks[verb + 1].IsPunct(',') || toks[verb + 1].IsPunct(':')) ? verb + 2 : verb + 1;
        if (cues.Count == 0 || cues[^1].Trailing || conjunction <= cues[^1].ContentStart || mark > last || !toks[mark].IsQuoteMark)
        {
            return;
        }

        var end = toks[conjunction - 1].IsPunct(',') ? conjunction - 2 : conjunction - 1;
        if (end >= cues[^1].ContentStart)
        {
            cues[^1] = cues[^1] with { End = Math.Min(cues[^1].End ?? end, end) };
        }
    }

    /// <summary>A described source opening a second clause at <paramref name="clauseStart"/>: "officials", "other voters", "a person familiar with the talks".</summary>
    private (string Text, int Start)? DescribedSecondSubject(List<Token> toks, int clauseStart, int v)
    {
        var from = toks[clauseStart].IsWord && !char.IsUpper(toks[clauseStart].Text[0]) && toks[clauseStart].Lower is "and" or "but" or "while" or "whereas" or "although" or "though" or "yet"
            ? clauseStart + 1
            : clauseStart;
        if (SubjectPhrase.Before(toks, from, v) is var (phraseStart, phraseEnd) && phraseStart == from)
        {
            return (SubjectPhrase.Text(doc.Text, toks, phraseStart, phraseEnd), phraseStart);
        }

        return UnresolvedSubject.Before(doc.Text, toks, from, v) is var (written, writtenStart) && writtenStart <= from + 1 ? (written, writtenStart) : null;
    }

    /// <summary>
    /// "Some senators vented about the delay and said …", "Both parents denounced the ruling, saying …": the group of people
    /// that opens the sentence, as written, for a speech verb that shares its subject; null when none does.
    /// </summary>
    private string? GroupOpening(List<Token> toks, int first, int limit, string verb) =>
        SubjectPhrase.IsSpeechVerb(verb) ? PluralPronoun.GroupOpening(doc.Text, toks, first, limit) : null;

    /// <summary>
    /// "Harbour officials said … . Within the hour they changed course and said …": the group that spoke just before,
    /// for a "they" opening the clause whose later verb shares it; null when a name or another group stands between.
    /// </summary>
    private string? TheyJustSpoke(List<Token> toks, int first, int limit, int p, TextSpan sentence)
    {
        if (PluralPronoun.Opening(toks, first, limit) is not (var they and >= 0) || state.LastSpeaker is not { } spoke || !PluralPronoun.IsGroup(spoke) ||
            state.LastParagraph < p - 1 || (first > 0 && state.LastParagraph < p))
        {
            return null;
        }

        var from = state.LastEnd >= 0 ? state.LastEnd : sentence.Start;
        return PluralPronoun.OtherGroupBetween(doc.Text, from, toks[they].Start, spoke) || NamedBetween(from, toks[they].Start) ? null : spoke;
    }

    /// <summary>Whether the text names a person in [from, to): "they" after that is no longer the group that spoke before.</summary>
    private bool NamedBetween(int from, int to) => registry.Named.Any(n => n.Position >= from && n.Position < to);

    /// <summary>A cue whose speaker is written out: before a trailing "…, X said.", around an aside "The plan, X said, is …", or before its clause.</summary>
    private static void AddWrittenCue(List<Cue> cues, List<Token> toks, int first, int last, int v, string verb, string written, int writtenStart)
    {
        var wordsAfterOnly = SubjectPhrase.ReportsOnlyWordsAfter(verb);
        if (!wordsAfterOnly && writtenStart > first && toks[writtenStart - 1].IsPunct(',') && ReportedClause.IsClauseEnd(toks, v + 1, last))
        {
            cues.Add(new Cue(v, first, writtenStart - 1, verb, null, written, true));
        }
        else if (!wordsAfterOnly && writtenStart > first && toks[writtenStart - 1].IsPunct(',') && v + 2 <= last && toks[v + 1].IsPunct(','))
        {
            // "The figures, the agency said, were revised …": the longer side of the aside is the content.
            cues.Add(ReportedTail.ContentBeforeAside(toks, first, writtenStart - 1, v, last)
                ? new Cue(v, first, writtenStart - 1, verb, null, written, true)
                : new Cue(v, v + 2, writtenStart - 1, verb, null, written, false));
        }
        else if (ReportedClause.ContentAfterVerb(toks, v, last) is var content and > 0)
        {
            cues.Add(new Cue(v, content, writtenStart, verb, null, written, false));
        }
    }

    /// <summary>"A weary Ortiz says …", "The combative Brennan said …": a name after a determiner and a few adjectives.</summary>
    private static bool DescribedName(List<Token> toks, int first, int subjectStart) =>
        subjectStart - first is >= 2 and <= 4 && toks[first].Lower is "a" or "an" or "the" &&
        toks.GetRange(first + 1, subjectStart - first - 1).All(t => t.IsWord && char.IsLower(t.Text[0]) && !Vocabulary.IsReportingVerb(t.Text));

    /// <summary>The subject a second verb shares: the sentence's, or that of the clause the verb ends ("when Ortiz thanked the volunteers and said").</summary>
    private Mention? SharedSubject(List<Token> toks, int first, int limit)
    {
        if (SentenceSubject(toks, first, limit) is { } subject)
        {
            return subject;
        }

        var clause = ClauseOpeners.ClauseStart(toks, first, limit);
        if (clause <= first)
        {
            return null;
        }

        // "At the rally, Ortiz was just as blunt, claiming …": a clause word inside the clause ("as blunt") hides the name that opens it.
        return SentenceSubject(toks, clause, limit) ??
               (toks[clause - 1].IsWord && ClauseOpeners.ClauseStart(toks, first, clause - 1) is var outer && outer > first
                   ? MentionSubject.PlainName(toks, SentenceSubject(toks, outer, clause - 1))
                   : null);
    }

    /// <summary>
    /// "On the left, Vorn, the union leader, compared her to a pirate, telling …": the subject after an opening adverbial and
    /// its comma, whose own aside hides it from the rules that read the sentence from its start.
    /// </summary>
    private Mention? SubjectAfterOpening(List<Token> toks, int first, int v) =>
        MentionSubject.AfterOpeningAdverbial(toks, first, v - 1) is var after and >= 0
            ? SharedSubject(toks, after, v - 1) ?? ParticipleCue.AsideSubject(doc.Text, toks, after, v)
            : null;

    /// <summary>How far into a sentence an appositive after its subject may still run.</summary>
    private const int MaxSubjectAsideTokens = 20;

    /// <summary>The subject at the start of a sentence, found before its first lower-case verb-like word.</summary>
    private Mention? SentenceSubject(List<Token> toks, int first, int limit)
    {
        first = MentionSubject.PastOpeners(toks, first, limit);
        if (MentionSubject.AppositiveName(doc.Text, toks, first, limit) is { } appositive)
        {
            return appositive;
        }

        var commas = 0;
        for (var k = first + 1; k < limit; k++)
        {
            commas += toks[k].IsPunct(',') ? 1 : 0;
            if (!toks[k].IsWord || !char.IsLower(toks[k].Text[0]) || Vocabulary.IsRole(toks[k].Text) || Vocabulary.Connectors.Contains(toks[k].Text) ||
                Vocabulary.TitleModifiers.Contains(toks[k].Text))
            {
                continue;
            }

            // "Dale Varga, a retired ferry captain, joined the board and said …": inside an appositive the verb is still to come.
            if (commas % 2 == 1 && k - first <= MaxSubjectAsideTokens)
            {
                continue;
            }

            // "He’s comparing the plan to … and says …": a pronoun fused with its auxiliary is the subject too.
            var m = MentionParser.Before(doc.Text, toks, k, first) ?? PronounSubject.Contracted(toks, first, k);
            if (m is not null && TokenIndex.AtOrAfter(toks, m.PhraseStart) <= first + 1)
            {
                return m;
            }

            if (toks[k - 1].IsPunct(',') || toks[k].Lower is "who" or "whose" or "which")
            {
                continue;
            }

            // "the district party Chairman Carl Benning declined …": lower-case words that describe the person before the name.
            return MentionSubject.DescribedName(doc.Text, toks, first, k, limit);
        }

        return null;
    }

    /// <summary>The plural group opening the sentence before the one at token <paramref name="first"/> of paragraph <paramref name="p"/>, across a paragraph break.</summary>
    private string? GroupOpeningSentenceBefore(int p, int first) =>
        first > 0 ? PluralPronoun.GroupOpeningSentenceBefore(doc.Text, tokens[p], first)
        : p > 0 ? PluralPronoun.GroupOpeningSentenceBefore(doc.Text, tokens[p - 1], tokens[p - 1].Count) : null;

    private ExtractedQuote? Indirect(Cue cue, List<Token> toks, int from, int to, TextSpan sentence, int p, List<QuoteSpan>? quoted = null)
    {
        // A statement inside brackets, "(He said the depot would close.)", ends before the closing bracket.
        while (to >= from && (toks[to].IsPunct('.') || toks[to].IsPunct(',') || toks[to].IsPunct(';') || toks[to].IsPunct('!') ||
                              toks[to].Lower is "and" or "but" || (toks[to].IsPunct(')') && !toks.Skip(from).Take(to - from).Any(t => t.IsPunct('(')))))
        {
            to--;
        }

        // "Asked if she had sailed the new route, the commissioner said no.": the one asked is the subject, so the question is nobody's
        // words of theirs (a named asker, "Asked by host Dana Pruitt whether …", is read elsewhere).
        if (from < to && toks[from].Text == "Asked" && toks[from + 1].Lower != "by")
        {
            return null;
        }

        // Words inside quotation marks are the direct quote's; the reported clause needs enough words of its own. An account
        // told ("Ortiz told a joke.") is whole in two words.
        var minWords = from == cue.Verb + 1 && ToldAccount.AfterVerb(toks, cue.Verb, to) ? MinAccountWords : MinIndirectWords;
        if (from > to || toks.Skip(from).Take(to - from + 1).Count(t => t.IsWord && (quoted is null || !quoted.Any(q => q.Marks.Start <= t.Start && t.End <= q.Marks.End))) < minWords)
        {
            return null;
        }

        var start = toks[from].Start;
        var end = PartialQuotes.CloseOpenQuote(doc.Text, start, Math.Min(toks[to].End, sentence.End), sentence.End);
        string? speaker = cue.Speaker;
        Person? person = null;
        var mention = cue.Mention is { Kind: MentionKind.Pronoun } pronoun ? SentenceSubjectAntecedent(pronoun, toks, sentence) ?? pronoun : cue.Mention;
        if (mention is not null && attributor.Resolve(mention, sentence.Of(doc.Text), p, ParagraphEnd(p + 2)) is ({ } resolved, var who))
        {
            (speaker, person) = (resolved, who);
        }
        else if (cue.Opening is not null && attributor.Resolve(cue.Opening, sentence.Of(doc.Text), p, ParagraphEnd(p + 2)) is ({ } opened, var named))
        {
            (speaker, person) = (opened, named);
        }

        speaker ??= cue.AsWritten ?? cue.AsWrittenLater?.Invoke();
        if (speaker is null || (mention is { Kind: MentionKind.Pronoun } && person is not null && !cue.Trailing && PronounObject.NamesPerson(toks, cue.Verb + 1, from, person)))
        {
            // "She later asked Voss whether …": the person asked is not the one asking.
            return null;
        }

        state.Spoke(speaker, person ?? state.LastPerson, p, end);
        return new ExtractedQuote(doc.Text[start..end], speaker, QuoteKind.Indirect, start, end, cue.Verb_);
    }
}
