namespace GovBot.Core.Domain;

/// <summary>Aggregates what articles say about one person into a profile: names, aliases and dated roles.</summary>
public static class SpeakerProfileBuilder
{
    public static Speaker Build(string speakerId, IEnumerable<Article> articles)
    {
        var mentions = articles
            .SelectMany(a => a.Speakers.Where(s => s.Id == speakerId).Select(s => (Article: a, Speaker: s)))
            .OrderBy(m => m.Article.Date ?? "", StringComparer.Ordinal)
            .ThenBy(m => m.Article.Id)
            .ToList();

        var name = mentions
            .GroupBy(m => m.Speaker.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .Select(g => g.Key)
            .FirstOrDefault() ?? speakerId;

        var aliases = mentions
            .SelectMany(m => m.Speaker.Aliases.Append(m.Speaker.Name))
            .Where(a => !string.Equals(a, name, StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();

        var roles = new List<SpeakerRole>();
        foreach (var (article, mention) in mentions)
        {
            if (mention.Title is null && mention.Organization is null && mention.Country is null)
            {
                continue;
            }

            var role = roles.FirstOrDefault(r =>
                string.Equals(r.Title, mention.Title, StringComparison.OrdinalIgnoreCase) &&
                string.Equals(r.Organization, mention.Organization, StringComparison.OrdinalIgnoreCase));
            if (role is null)
            {
                role = new SpeakerRole { Title = mention.Title, Organization = mention.Organization, FirstSeen = article.Date };
                roles.Add(role);
            }

            role.Country = mention.Country ?? role.Country;
            role.LastSeen = article.Date ?? role.LastSeen;
        }

        var country = mentions.Select(m => m.Speaker.Country).LastOrDefault(c => c is not null);
        return new Speaker { Id = speakerId, Name = name, Aliases = aliases, Roles = roles, Country = country };
    }
}
