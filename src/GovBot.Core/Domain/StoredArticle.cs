namespace GovBot.Core.Domain;

/// <summary>What a save wrote: the article, its statements and the profiles it touched, for the index to follow.</summary>
public sealed record StoredArticle(
    Article Article,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Speaker> Speakers,
    long? ReplacedArticleId)
{
    /// <summary>Profiles the save deleted because no article names them any more (a re-extraction or a merge dropped them).</summary>
    public IReadOnlyList<string> RemovedSpeakerIds { get; init; } = [];
}
