namespace GovBot.Core.Commands;

/// <summary>Where a statement was published, so every answer can be checked at its source.</summary>
public sealed record Citation(string Title, string? Source, string? Date, string? Url)
{
    public override string ToString()
    {
        var parts = new List<string> { Title };
        if (!string.IsNullOrWhiteSpace(Source))
        {
            parts.Add(Source);
        }

        if (!string.IsNullOrWhiteSpace(Date))
        {
            parts.Add(Date);
        }

        var text = string.Join(", ", parts);
        return string.IsNullOrWhiteSpace(Url) ? text : $"{text} <{Url}>";
    }
}
