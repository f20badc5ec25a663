namespace GovBot.Ingestion.Import;

public enum ImportOutcome
{
    Added,
    Updated,
    Unchanged,
    Duplicate,

    /// <summary>Not a document to read: a FIFO, a device, a symbolic link inside a folder (never followed).</summary>
    Skipped,

    /// <summary>Read but not stored: binary, too large, no text, HTML nested too deep.</summary>
    Refused,

    /// <summary>Could not be read at all: missing, no permission, an I/O error.</summary>
    Failed,
}
