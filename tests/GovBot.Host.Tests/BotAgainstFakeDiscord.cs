using GovBot.FakeDiscord;
using GovBot.Tests.Shared;

namespace GovBot.Host.Tests;

/// <summary>The real GovBot process connected to the in-repo fake Discord on loopback, with a temp store.</summary>
internal sealed class BotAgainstFakeDiscord : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly TempDirectory dir = new();

    private BotAgainstFakeDiscord(FakeDiscordServer discord, Dictionary<string, string?> environment)
    {
        Discord = discord;
        Environment = environment;
    }

    public FakeDiscordServer Discord { get; }
    public Dictionary<string, string?> Environment { get; }
    public RunningGovBot? Bot { get; private set; }

    public static async Task<BotAgainstFakeDiscord> StartAsync(Action<Dictionary<string, string?>, FakeDiscordServer>? configure = null, FakeDiscordOptions? options = null)
    {
        var discord = await FakeDiscordServer.StartAsync(options ?? new FakeDiscordOptions { HeartbeatIntervalMs = 1000 });
        var harness = new BotAgainstFakeDiscord(discord, []);
        var env = GovBotProcess.Sandbox(harness.dir);
        env["Discord__Token"] = discord.Options.Token;
        env["Discord__ApiBaseUrl"] = discord.ApiBaseUrl;
        env["Discord__GuildId"] = FakeDiscordServer.DefaultGuildId;
        env["Logging__LogLevel__Default"] = "Information";
        configure?.Invoke(env, discord);
        foreach (var (key, value) in env)
        {
            harness.Environment[key] = value;
        }

        harness.Bot = RunningGovBot.Start(harness.Environment);
        return harness;
    }

    /// <summary>The interactions endpoint when started by <see cref="StartHttpModeAsync"/>.</summary>
    public Uri? InteractionsEndpoint { get; private set; }

    /// <summary>The bot in HTTP interactions mode on a free loopback port, verifying the fake's signatures.</summary>
    public static async Task<BotAgainstFakeDiscord> StartHttpModeAsync()
    {
        var port = FreePort();
        var harness = await StartAsync((env, fake) =>
        {
            env["Discord__Mode"] = "Http";
            env["Discord__HttpListenUrl"] = $"http://127.0.0.1:{port}";
            env["Discord__ApplicationId"] = fake.Options.ApplicationId;
            env["Discord__PublicKey"] = fake.PublicKeyHex;
        });
        harness.InteractionsEndpoint = new Uri($"http://127.0.0.1:{port}/interactions");
        return harness;
    }

    public string HeartbeatFile => Path.Combine(Path.GetDirectoryName(Environment["Storage__Path"]!)!, "govbot.heartbeat");

    /// <summary>
    /// Waits until the bot has written its heartbeat file. The bot writes it when it handles the gateway's acknowledgement,
    /// which can come a moment after the fake has seen the heartbeat, so the test waits on the file itself.
    /// </summary>
    public async Task WaitForHeartbeatFileAsync(TimeSpan timeout)
    {
        var path = HeartbeatFile;
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path));
        watcher.Created += (_, _) => written.TrySetResult();
        watcher.Changed += (_, _) => written.TrySetResult();
        watcher.Renamed += (_, _) => written.TrySetResult();
        watcher.EnableRaisingEvents = true;
        if (File.Exists(path))
        {
            return;
        }

        await written.Task.WaitAsync(timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await Discord.DisposeAsync();
        dir.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
