namespace GovBot.Ingestion.Import;

/// <summary>A document GovBot will not read (for example HTML nested too deep); the message says why, for the person importing it.</summary>
public sealed class UnreadableDocumentException(string message) : IOException(message);
