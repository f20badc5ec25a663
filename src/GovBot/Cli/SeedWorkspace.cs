using GovBot.Seeding;
using Microsoft.Extensions.Options;

namespace GovBot.Cli;

/// <summary>
/// What the verbs that rebuild stores from the seed articles (bench, vectors) share: the configured seed folder, checked
/// before any work, and a scratch folder of their own under the temp directory, removed when they finish however they end.
/// </summary>
internal sealed class SeedWorkspace : IDisposable
{
    private SeedWorkspace(string seed, string folder)
    {
        Seed = seed;
        Folder = folder;
    }

    public string Seed { get; }

    public string Folder { get; }

    /// <summary>The workspace, or null after telling the user which setting points at a missing seed folder.</summary>
    public static SeedWorkspace? Open(VerbContext context, string verb)
    {
        var seed = Path.GetFullPath(context.Get<IOptions<SeedOptions>>().Value.Path);
        if (!Directory.Exists(seed))
        {
            context.Error.WriteLine($"GovBot {verb}: the seed folder {seed} does not exist; set Seed__Path.");
            return null;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"govbot-{verb}-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SeedWorkspace(seed, folder);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
