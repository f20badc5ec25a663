using GovBot.Core.Commands;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Speakers;

/// <summary>Autocomplete choices for a speaker option: the names matching what has been typed so far.</summary>
public static class SpeakerSuggestions
{
    public const int MaxChoices = 25;

    public static IReadOnlyList<CommandChoice> For(IKnowledgeIndex index, string typed)
    {
        var matches = string.IsNullOrWhiteSpace(typed) ? index.TopSpeakers(MaxChoices) : index.FindSpeakers(typed, MaxChoices).Select(m => m.Name).ToList();
        return matches.Select(name => new CommandChoice(ReplyText.Shorten(name, 100), ReplyText.Shorten(name, 100))).ToList();
    }
}
