namespace GovBot.Core.Search;

public sealed record SpeakerStats(int Statements, int Articles, string? FirstDate, string? LastDate);
