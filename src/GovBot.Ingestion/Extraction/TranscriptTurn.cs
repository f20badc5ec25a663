namespace GovBot.Ingestion.Extraction;

/// <summary>A paragraph that opens a speaker turn; <see cref="ContentStart"/> is where the words after the label begin.</summary>
internal sealed record TranscriptTurn(int Paragraph, string Label, int ContentStart, bool IsQuestion);
