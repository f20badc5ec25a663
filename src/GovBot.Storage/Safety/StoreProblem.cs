namespace GovBot.Storage.Safety;

/// <summary>Why the store cannot be used; each has one sentence for the operator and an exit code.</summary>
public enum StoreProblem
{
    InUse,
    NotAStore,
    WrittenByNewerVersion,
    Damaged,
    FolderUnavailable,
    PermissionDenied,
    ReadOnly,
    DiskFull,
    Unexpected,
}
