namespace GovBot.Ingestion.Import;

/// <summary>What a path is, as the file system says before anything opens it.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,

    /// <summary>The platform cannot tell without opening it (not Linux, and it claims to be empty).</summary>
    Unknown,
}
