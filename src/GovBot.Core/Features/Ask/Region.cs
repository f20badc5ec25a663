namespace GovBot.Core.Features.Ask;

/// <summary>
/// A part of the world a question names instead of a country ("Which European country …", "any Gulf state"): the speaker's
/// country is any of <see cref="Countries"/>, by their canonical names.
/// </summary>
public sealed record Region(string Name, IReadOnlyList<string> Countries);
