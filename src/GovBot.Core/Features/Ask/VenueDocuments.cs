using System.Collections.Concurrent;
using GovBot.Core.Domain;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Ask;

/// <summary>
/// Which documents name a venue, in their title or text: a forum is seldom named in the statements made there ("made the
/// statement … at the 12th Internet Governance Forum" is the reporter's sentence), so the whole document is read.
/// </summary>
internal sealed class VenueDocuments(IArticleStore store)
{
    // Keyed by content hash too, so an article updated in place is read again.
    private readonly ConcurrentDictionary<(string Venue, long ArticleId, string Hash), bool> named = new();

    /// <summary>Hits from documents that name the venue first, the others after them in their own order.</summary>
    public List<StatementHit> NamingTheVenueFirst(List<StatementHit> hits, Venue venue, Func<StatementHit, long> articleOf) =>
        hits.OrderByDescending(h => Names(venue, articleOf(h))).ToList();

    private bool Names(Venue venue, long articleId)
    {
        if (store.FindArticle(articleId) is not { } article)
        {
            return false;
        }

        return named.GetOrAdd((venue.Name, articleId, article.ContentHash),
            _ => venue.IsNamedIn(article.Title) || (store.ArticleText(articleId) is { } text && venue.IsNamedIn(text)));
    }
}
