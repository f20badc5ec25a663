namespace GovBot.Core.Search;

/// <summary>A statement search with constraints: topic text plus optional speaker, country, role words and years.</summary>
public sealed record StatementQuery(string Text, int Limit)
{
    public string? SpeakerId { get; init; }

    /// <summary>Any of these speakers (one person stored under several spellings, "Biden" and "Joe Biden").</summary>
    public IReadOnlyList<string> SpeakerIds { get; init; } = [];
    public string? Country { get; init; }

    /// <summary>
    /// Words of the speaker's name (with <see cref="SpeakerIds"/>): a statement in its publisher's own voice that names them
    /// also counts as theirs. A fact sheet says what a president did ("President Biden's new Executive Order prohibits …").
    /// </summary>
    public IReadOnlyList<string> PublisherNaming { get; init; } = [];

    /// <summary>Any of these countries (a region asked about: "Which European country …"); with <see cref="Country"/>, both hold.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Lower-case words that must all appear in the speaker's title or organisation.</summary>
    public IReadOnlyList<string> RoleWords { get; init; } = [];

    /// <summary>
    /// Words asked for together with their synonyms, the asked form first: ["cyberspace", "information space", "ICT"].
    /// A statement holding any member covers the whole group; members of several words match as exact phrases.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> SynonymGroups { get; init; } = [];

    public int? FromYear { get; init; }
    public int? ToYear { get; init; }

    /// <summary>Whether a speaker, country, role or year narrows the statements searched; the topic text does not.</summary>
    public bool IsNarrowed =>
        SpeakerId is not null || SpeakerIds.Count > 0 || Country is not null || Countries.Count > 0 || RoleWords.Count > 0 || FromYear is not null || ToYear is not null;

    /// <summary>The same topic asked of every statement: speaker, country, role and years dropped.</summary>
    public StatementQuery OfEveryone() =>
        this with { SpeakerId = null, SpeakerIds = [], PublisherNaming = [], Country = null, Countries = [], RoleWords = [], FromYear = null, ToYear = null };
}
