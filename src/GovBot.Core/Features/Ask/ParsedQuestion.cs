namespace GovBot.Core.Features.Ask;

/// <summary>What a question asks for: its type, topic words and the constraints it names.</summary>
public sealed record ParsedQuestion(
    QuestionType Type,
    string Topic,
    IReadOnlyList<string> NameCandidates,
    string? Country,
    IReadOnlyList<string> RoleWords,
    int? FromYear,
    int? ToYear)
{
    /// <summary>The capitalised words between "did/has/does" and the speech verb ("What did Volodymyr Zelenskyy say…"), if any.</summary>
    public string? NamedSubject { get; init; }

    /// <summary>
    /// The words where a question names who spoke, between "did/has/does" and the speech verb ("What did <b>Jake Sullivan</b>
    /// say …"), possessives removed. A name found elsewhere ("the principles of the Declaration …") is only a guess at a speaker.
    /// </summary>
    public IReadOnlyList<string> SubjectWords { get; init; } = [];

    /// <summary>Who did what when the verb is no speech verb: the words right after "did/has/does" ("When did <b>Putin</b> meet …").</summary>
    public IReadOnlyList<string> ActorWords { get; init; } = [];

    /// <summary>
    /// The question's own verb is one of speaking ("what did putin say … in 2000"), so a year it names is when the words were
    /// said; otherwise ("how often did intruders attack … in 2015") the year may be what they were said about.
    /// </summary>
    public bool AsksWhatWasSaid { get; init; }

    /// <summary>The country is named where the question names who spoke ("What did Brazil say", "who in Beijing responded").</summary>
    public bool CountryAsSubject { get; init; }

    /// <summary>The role as the question words it ("national cyber director"), when it names one.</summary>
    public string? RolePhrase { get; init; }

    /// <summary>The question places the statement at the United Nations ("at the UN", "to the General Assembly").</summary>
    public bool AtUnitedNations { get; init; }

    /// <summary>A region named where a country could be ("Which European country …"): the speaker's country is any of its countries.</summary>
    public Region? Region { get; init; }

    /// <summary>Another forum the question places the statement at ("at the IGF"): documents naming it rank first.</summary>
    public Venue? Venue { get; init; }
}
