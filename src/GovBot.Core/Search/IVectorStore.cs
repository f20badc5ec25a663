namespace GovBot.Core.Search;

/// <summary>
/// Where text vectors persist, keyed by model and text (see the search layer's vector keys): a statement whose words did
/// not change finds its vector here after re-import or re-extraction and is never encoded again.
/// </summary>
public interface IVectorStore
{
    byte[]? Find(string key);

    void Save(IReadOnlyList<KeyValuePair<string, byte[]>> vectors);

    int Count();
}
