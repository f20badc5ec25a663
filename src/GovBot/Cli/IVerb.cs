namespace GovBot.Cli;

/// <summary>One terminal job. Verbs that need the store get it ready through <see cref="VerbContext"/>.</summary>
public interface IVerb
{
    string Name { get; }

    string Usage { get; }

    string Description { get; }

    IReadOnlySet<string> Flags => new HashSet<string>();

    IReadOnlySet<string> Options => new HashSet<string>();

    Task<int> RunAsync(ArgReader args, VerbContext context);
}
