using System.ComponentModel.DataAnnotations;

namespace GovBot.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Folder of articles imported at start-up when the store has not seen them yet.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/articles";
}
