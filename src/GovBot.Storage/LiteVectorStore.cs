using GovBot.Core.Search;

namespace GovBot.Storage;

/// <summary>Text vectors in the store's own file, so they are backed up and moved with it.</summary>
public sealed class LiteVectorStore(GovBotDatabase db) : IVectorStore
{
    public byte[]? Find(string key) => db.Vectors.FindById(key)?.Data;

    public void Save(IReadOnlyList<KeyValuePair<string, byte[]>> vectors)
    {
        // Upsert: two processes may have encoded the same text; either vector will do.
        db.Vectors.Upsert(vectors.Select(v => new StoredVector { Id = v.Key, Data = v.Value }));
    }

    public int Count() => db.Vectors.Count();
}
