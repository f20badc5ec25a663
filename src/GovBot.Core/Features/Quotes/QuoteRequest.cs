namespace GovBot.Core.Features.Quotes;

public sealed record QuoteRequest(string? Query, string? Speaker, int Limit = 5);
