namespace GovBot.Core.Domain;

/// <summary>
/// What a removal deleted: the article, with its statements, and the speaker profiles no other article names any more,
/// for the index to forget. Profiles other articles still name are rebuilt, not listed.
/// </summary>
public sealed record RemovedArticle(Article Article, int StatementCount, IReadOnlyList<string> RemovedSpeakerIds);
