using System.ComponentModel.DataAnnotations;

namespace GovBot.Core.Features.Usage;

public sealed class UsageOptions
{
    public const string Section = "Usage";

    /// <summary>Store Discord user ids as they are; by default only a keyed hash is kept.</summary>
    public bool StoreUserIds { get; set; }

    /// <summary>Usage events older than this are deleted.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;
}
