using GovBot.Discord.Gateway;
using GovBot.Discord.Http;
using GovBot.Discord.Interactions;
using GovBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GovBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord transport: options (validated at start), REST client, dispatcher, registrar, and either the
    /// gateway client or the HTTP interactions endpoint. The host supplies <see cref="IGatewayObserver"/> and
    /// <see cref="IRegistrationState"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDiscordTransport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .PostConfigure(o => o.Token = string.IsNullOrWhiteSpace(o.Token) ? Environment.GetEnvironmentVariable("DISCORD_TOKEN") : o.Token)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddHttpClient<DiscordRestClient>(client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<PagingStore>();
        services.AddOptions<ModerationOptions>().BindConfiguration(ModerationOptions.Section);
        services.AddSingleton<ModeratorPolicy>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<GatewayExit>();
        services.AddSingleton<IInteractionResponder, RestResponder>();

        var mode = builder.Configuration.GetValue($"{DiscordOptions.Section}:{nameof(DiscordOptions.Mode)}", DiscordMode.Gateway);
        services.AddHostedService<InteractionDrain>();
        if (mode == DiscordMode.Http)
        {
            services.AddSingleton<SignatureVerifier>();
            services.AddHostedService<InteractionEndpoint>();
        }
        else
        {
            services.AddHostedService<GatewayClient>();
        }

        return builder;
    }
}
