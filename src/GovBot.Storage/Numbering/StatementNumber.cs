namespace GovBot.Storage.Numbering;

/// <summary>
/// The number a statement was given, keyed by its article and its normalised text (<see cref="StatementKey"/>), so
/// that re-extraction, corrections and upgrades keep it; kept, marked removed, when the statement disappears.
/// </summary>
public sealed class StatementNumber
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string Key { get; set; } = "";
    public bool Removed { get; set; }
}
