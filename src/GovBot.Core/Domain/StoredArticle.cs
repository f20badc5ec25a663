namespace GovBot.Core.Domain;

/// <summary>What a save wrote: the article, its statements and the profiles it touched, for the index to follow.</summary>
public sealed record StoredArticle(
    Article Article,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Speaker> Speakers,
    long? ReplacedArticleId);
