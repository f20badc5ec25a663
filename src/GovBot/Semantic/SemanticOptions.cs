using System.ComponentModel.DataAnnotations;
using GovBot.Search.Semantic;

namespace GovBot.Semantic;

/// <summary>Which sentence model compares meanings, and where the seeded articles' vectors are shipped.</summary>
public sealed class SemanticOptions
{
    public const string Section = "Semantic";

    /// <summary>Measured better on the question sets than all-MiniLM-L6-v2 (see README, "Quality and speed").</summary>
    [Required]
    [AllowedValues(ArcticXsEncoder.Id, MiniLmEncoder.Id, ErrorMessage = "Semantic:Model takes " + ArcticXsEncoder.Id + " or " + MiniLmEncoder.Id + ".")]
    public string Model { get; set; } = ArcticXsEncoder.Id;

    /// <summary>The folder holding MODEL.vec, made by <c>GovBot vectors --export</c>; missing or stale files only cost encoding time.</summary>
    [Required]
    public string VectorsPath { get; set; } = "data/vectors";

    public ISentenceEncoder CreateEncoder() => Model == MiniLmEncoder.Id ? new MiniLmEncoder() : new ArcticXsEncoder();
}
