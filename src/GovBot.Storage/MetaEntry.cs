namespace GovBot.Storage;

public sealed class MetaEntry
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
