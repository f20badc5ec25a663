namespace GovBot.Tests.Shared;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedArticle => Path.Combine(Root, "data", "articles", "xinhua-2017-12-20-cyberspace-community-shared-future.txt");

    public static string Corpus(string relative) => Path.Combine(Root, "data", "articles", "corpus", relative);

    public static string Gold => Path.Combine(Root, "tests", "gold");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("GovBot.sln not found above " + AppContext.BaseDirectory);
    }
}
