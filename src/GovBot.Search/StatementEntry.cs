namespace GovBot.Search;

/// <summary>What the index keeps per statement so it can filter and rank without reading the store.</summary>
internal sealed record StatementEntry(long StatementId, long ArticleId, string? SpeakerId, string? Date, double Quality)
{
    public string? Country { get; init; }
    public string Role { get; init; } = "";

    /// <summary>
    /// The publisher speaking in its own voice (a fact sheet's paragraph, "The White House"): nobody named speaks it, and it
    /// is neither a cued quotation nor an unnamed source described in lower case ("senior administration official").
    /// </summary>
    public bool Publisher { get; init; }

    /// <summary>Parsed once: year filters test it for every statement a query term touches.</summary>
    public int? Year { get; } = Date is { Length: >= 4 } d && int.TryParse(d.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    public bool Deleted { get; set; }
}
