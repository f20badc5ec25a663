using GovBot.Tests.Shared;

namespace GovBot.FakeDiscord.Tests.Support;

/// <summary>tests/discordjs-check: the pinned discord.js packages, installed with <c>npm ci</c> on first use.</summary>
internal static class DiscordJsCheck
{
    private static readonly SemaphoreSlim InstallOnce = new(1, 1);

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "discordjs-check");

    public static async Task EnsureInstalledAsync()
    {
        await InstallOnce.WaitAsync();
        try
        {
            string[] required = ["@discordjs/core", "@discordjs/rest", "@discordjs/ws", "discord-interactions"];
            if (required.All(p => File.Exists(Path.Combine(Folder, "node_modules", p, "package.json"))))
            {
                return;
            }

            await using var npm = NodeProcess.Start("npm", ["ci", "--no-audit", "--no-fund"], Folder);
            var exitCode = await npm.WaitForExitAsync(TimeSpan.FromMinutes(5));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {Folder} failed with exit code {exitCode}\n{npm.Output}");
            }
        }
        finally
        {
            InstallOnce.Release();
        }
    }

    /// <summary>Starts check.mjs against the fake; the api base is the fake's without "/v10", as REST appends it.</summary>
    public static async Task<NodeProcess> StartAsync(FakeDiscordServer server, params string[] extra)
    {
        await EnsureInstalledAsync();
        return NodeProcess.Start("node", ["check.mjs", $"http://127.0.0.1:{server.Port}/api", server.Options.Token, "--debug", .. extra], Folder);
    }
}
