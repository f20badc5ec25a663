using GovBot.Core.Domain;
using GovBot.Discord.Interactions;

namespace GovBot.Bot;

public sealed class StoreRegistrationState(IArticleStore store) : IRegistrationState
{
    public string? Get(string key) => store.GetMeta(key);

    public void Set(string key, string value) => store.SetMeta(key, value);
}
