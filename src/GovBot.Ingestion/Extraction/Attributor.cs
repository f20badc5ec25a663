using System.Text.RegularExpressions;

namespace GovBot.Ingestion.Extraction;

/// <summary>Turns a speaker mention into the name to store: the full name of a person, or the description of an unnamed source.</summary>
internal sealed partial class Attributor(PersonRegistry registry, SpeakerState state, Func<string, bool> isPlausibleName, Func<string, bool> isSurname, Func<int, int, bool> sameSentence, string text)
{
    public (string? Speaker, Person? Person) Resolve(Mention mention, string sentence, int paragraph, int paragraphEnd)
    {
        switch (mention.Kind)
        {
            case MentionKind.Name:
                // A bare single word never introduced as a person ("Participants emphasized", "Since 2021, …") is not a speaker;
                // real one-word names come with a title or an honorific ("head of BSSN Sulistyo", "Ms. Whitcombe").
                var known = registry.Find(mention.Text, mention.Start) is not null || registry.RegisterMentioned(mention.Text, mention.Start) is not null;
                var bare = !mention.Text.Contains(' ', StringComparison.Ordinal) && mention.Title is null && mention.Female is null;
                if (!known && (bare && !IsSurnameSpeaker(mention) && !IsAnchoredSurname(mention) || !isPlausibleName(mention.Text)))
                {
                    return (null, null);
                }

                var person = registry.Find(mention.Text, mention.Start)
                             ?? registry.Register(mention.Text, mention.Start, mention.Title, mention.Organization, mention.Country, mention.Female);
                person.Describe(mention.Title, mention.Organization, mention.Country, mention.Female);
                person.LastPosition = Math.Max(person.LastPosition, mention.Start);
                if (!string.Equals(mention.Text, person.Name, StringComparison.Ordinal))
                {
                    person.Aliases.Add(mention.Text);
                }

                return (person.Name, person);

            case MentionKind.Pronoun:
                var resolved = ResolvePronoun(mention.Female == true, mention.Start, paragraph);
                if (resolved is not null)
                {
                    resolved.Female ??= mention.Female;
                    return (resolved.Name, resolved);
                }

                // "he" and "she" never stand for a group that spoke last ("Local Democrats said …").
                if (state.LastPerson is null && state.LastSpeaker is not null &&
                    !(mention.Text.ToLowerInvariant() is "he" or "she" && Patterns.PluralPronoun.IsGroup(state.LastSpeaker)))
                {
                    return (state.LastSpeaker, null);
                }

                // Nobody has spoken yet: the person the text last named, as a reader would take it.
                var named = registry.RegisterLastMentionedBefore(mention.Start, mention.Female == true, text: text);
                return named is null ? (null, null) : (named.Name, named);

            default:
                return ResolveDescription(mention, sentence, paragraphEnd);
        }
    }

    /// <summary>
    /// A lone capitalised word right before its verb ("Spicer said", "Gorka argued") that the text also writes after a
    /// given name, an honorific or a title ("Sean Spicer", "Mr. Gorka") and never as an ordinary word is a surname.
    /// </summary>
    private bool IsSurnameSpeaker(Mention mention) =>
        mention.Text.Length >= 3 && char.IsUpper(mention.Text[0]) && mention.Text.Skip(1).All(char.IsLower) && mention.PhraseStart == mention.Start &&
        isPlausibleName(mention.Text) && isSurname(mention.Text);

    /// <summary>"…," Marlow said. — a lone capitalised word in a speaker's place, never written in lower case in the text.</summary>
    private bool IsAnchoredSurname(Mention mention) =>
        mention.Anchored && mention.Text.Length >= 3 && char.IsUpper(mention.Text[0]) && mention.Text.Skip(1).All(char.IsLower) &&
        mention.PhraseStart == mention.Start && !Vocabulary.NonNameCapitals.Contains(mention.Text) && isPlausibleName(mention.Text);

    private Person? ResolvePronoun(bool female, int position, int paragraph)
    {
        bool Compatible(Person p) => p.Female is null || p.Female == female;

        // "“…,” said Dale Okafor, a former adviser to Mayor Tom Reyes. “…,” he added.": a person named in the last speaker's
        // own sentence (an appositive, an object) does not take the pronoun from the speaker.
        if (state.LastPerson is { } last && paragraph - state.LastParagraph <= 3 && Compatible(last) &&
            !registry.People.Any(p => p != last && p.FirstPosition > last.LastPosition && p.FirstPosition < position && p.Female == female && !sameSentence(last.LastPosition, p.FirstPosition)))
        {
            return last;
        }

        // Otherwise the most recent person of the right gender, or of unknown gender if none is known to fit.
        var earlier = registry.People
            .Where(p => p.FirstPosition < position)
            .OrderByDescending(p => p.LastPosition < position ? p.LastPosition : p.FirstPosition)
            .ToList();
        return earlier.FirstOrDefault(p => p.Female == female) ?? earlier.FirstOrDefault(Compatible);
    }

    private (string? Speaker, Person? Person) ResolveDescription(Mention mention, string sentence, int paragraphEnd)
    {
        var words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1].ToLowerInvariant();

        // "The Associated Press said", "The Union Leader said": a proper name that ends in an office word is a body.
        if (words.Length >= 2 && head is "press" or "leader" && words.All(w => char.IsUpper(w[0])))
        {
            return (mention.Text, null);
        }

        // "Cameron's spokesman said", "Mrs. Ortiz's aides said": whoever speaks for a named person is neither that person
        // nor whoever spoke last.
        var owner = Array.FindIndex(words, w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
        if (owner >= 0 && mention.Country is null &&
            registry.Find(string.Join(' ', words.Take(owner + 1).Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase)))[..^2], mention.Start) is not null)
        {
            return (Unnamed(mention.Text), null);
        }

        var anyoneBefore = registry.People.Any(p => p.FirstPosition < mention.Start);
        if (!mention.Indefinite && anyoneBefore)
        {
            // "the Chinese official", "the minister": the person of that country or role, else whoever spoke last.
            var prior = registry.People.Where(p => p.FirstPosition < mention.Start).OrderByDescending(p => p.LastPosition).ToList();
            var office = mention.Country is null ? OfficeDescription.Read(mention.Text) : null;
            if (office is { Qualifiers.Count: > 0 } && OfficeDescription.Find(office, prior, text) is { } holder)
            {
                // "The Florida senator" is the senator from Florida the text named, not whoever spoke last. A bare "the
                // senator" stays with the rules below: most often it is the one who just spoke.
                return (holder.Name, holder);
            }

            var byCountry = mention.Country is null ? null : prior.FirstOrDefault(p => p.Country == mention.Country);
            var byRole = prior.FirstOrDefault(p => p.Title is not null && p.Title.Contains(head, StringComparison.OrdinalIgnoreCase));
            var chosen = byCountry ?? (mention.Country is null ? byRole : null) ?? state.LastPerson ?? prior.LastOrDefault();
            if (chosen is not null && office is not null && OfficeDescription.Contradicts(office, chosen, text))
            {
                // The text places that person in another state or party: the description is someone it never named.
                return (Unnamed(mention.Text), null);
            }

            if (chosen is not null)
            {
                return (chosen.Name, chosen);
            }
        }
        else if (!Anonymous().IsMatch(sentence) && (!mention.Indefinite || head is not ("official" or "officials" or "source" or "sources")) &&
                 (!mention.Indefinite || mention.Country is not null))
        {
            // "A Chinese diplomat said …" followed by "Long Zhou, the Coordinator …, made the statement". Without a country to
            // tie them, "A Treasury spokesman said …" or "Another commenter said …" is a new unnamed source, not the next name.
            var later = registry.FirstIntroducedAfter(mention.Start, paragraphEnd, mention.Country);
            if (later is not null)
            {
                return (later.Name, later);
            }
        }

        return (Unnamed(mention.Text), null);
    }

    private static string Unnamed(string description) =>
        string.Join(' ', description.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.ToLowerInvariant() is not ("the" or "a" or "an" or "one" or "another"))).ToLowerInvariant();

    [GeneratedRegex(@"not to be (named|identified)|anonymity|unnamed|on background|declined to be (named|identified)|senior administration", RegexOptions.IgnoreCase)]
    private static partial Regex Anonymous();
}
