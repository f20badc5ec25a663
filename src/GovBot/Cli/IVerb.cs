namespace GovBot.Cli;

/// <summary>One terminal job. Verbs that need the store get it ready through <see cref="VerbContext"/>.</summary>
public interface IVerb
{
    string Name { get; }

    string Usage { get; }

    string Description { get; }

    IReadOnlySet<string> Flags => new HashSet<string>();

    IReadOnlySet<string> Options => new HashSet<string>();

    /// <summary>Every flag and option explained for <c>--help</c>, with the values it accepts (checked before the verb runs).</summary>
    IReadOnlyList<VerbOption> OptionHelp => [];

    /// <summary>Example command lines shown by <c>GovBot VERB --help</c>.</summary>
    IReadOnlyList<string> Examples => [];

    Task<int> RunAsync(ArgReader args, VerbContext context);
}
