using System.Text.Json.Serialization;

namespace GovBot.Ingestion.Evaluation;

/// <summary>One hand-checked annotation file: the document, its speakers and its quotes (content without marks).</summary>
public sealed class GoldDocument
{
    [JsonPropertyName("document")] public string Document { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("partial")] public bool Partial { get; set; }
    [JsonPropertyName("speakers")] public List<GoldSpeaker> Speakers { get; set; } = [];
    [JsonPropertyName("quotes")] public List<GoldQuote> Quotes { get; set; } = [];
}

public sealed class GoldSpeaker
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("organization")] public string? Organization { get; set; }
    [JsonPropertyName("country")] public string? Country { get; set; }
}

public sealed class GoldQuote
{
    [JsonPropertyName("text")] public string Text { get; set; } = "";
    [JsonPropertyName("speaker")] public string? Speaker { get; set; }
    [JsonPropertyName("kind")] public string Kind { get; set; } = "direct";
    [JsonPropertyName("occurrence")] public int Occurrence { get; set; } = 1;
}
