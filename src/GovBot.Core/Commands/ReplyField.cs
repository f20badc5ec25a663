namespace GovBot.Core.Commands;

public sealed record ReplyField(string Name, string Value)
{
    /// <summary>Where this field's statement was published, so a page lists the sources of what it shows and no others.</summary>
    public Citation? Source { get; init; }
}
