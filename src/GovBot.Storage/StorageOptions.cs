using System.ComponentModel.DataAnnotations;

namespace GovBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; its directory must be writable because LiteDB keeps a <c>-log.db</c> beside it.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "govbot.db";
}
