namespace GovBot.Discord.Interactions;

/// <summary>Somewhere to remember what was last registered, so unchanged commands are not sent again on every start.</summary>
public interface IRegistrationState
{
    string? Get(string key);

    void Set(string key, string value);
}
