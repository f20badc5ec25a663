namespace GovBot.Storage;

/// <summary>One text's vector: <see cref="Id"/> is the model and text hash, <see cref="Data"/> the quantised vector.</summary>
public sealed class StoredVector
{
    public string Id { get; set; } = "";
    public byte[] Data { get; set; } = [];
}
