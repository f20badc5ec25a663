using System.Globalization;

namespace GovBot.Cli;

/// <summary>
/// One option of a verb as <c>--help</c> explains it, with the values it accepts: a whole number in a range or one of a
/// few words. The router checks values against it before the verb runs, so a bad value never falls back silently.
/// </summary>
public sealed record VerbOption(string Name, string Syntax, string Meaning)
{
    public int? Min { get; init; }
    public int? Max { get; init; }
    public IReadOnlyList<string>? Choices { get; init; }

    public static VerbOption Number(string name, string meaning, int min, int max) =>
        new(name, $"--{name} N", meaning) { Min = min, Max = max };

    public static VerbOption Choice(string name, string meaning, params string[] choices) =>
        new(name, $"--{name} {string.Join('|', choices)}", meaning) { Choices = choices };

    public static VerbOption Flag(string name, string meaning) => new(name, $"--{name}", meaning);

    public static VerbOption Text(string name, string placeholder, string meaning) => new(name, $"--{name} {placeholder}", meaning);

    /// <summary>The meaning, with the accepted range for a number ("how many … (1 to 10)").</summary>
    public string Explained => Min is not null && Max is not null
        ? $"{Meaning}; {Min.Value.ToString(CultureInfo.InvariantCulture)} to {Max.Value.ToString(CultureInfo.InvariantCulture)}"
        : Meaning;

    /// <summary>Null when the value is acceptable, else what is wrong, naming the option and the values it takes.</summary>
    public string? Problem(string? value)
    {
        if (Min is not null || Max is not null)
        {
            var range = $"a whole number from {Min?.ToString(CultureInfo.InvariantCulture) ?? "…"} to {Max?.ToString(CultureInfo.InvariantCulture) ?? "…"}";
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                return $"--{Name} takes {range}, not “{value}”";
            }

            return n < (Min ?? int.MinValue) || n > (Max ?? int.MaxValue) ? $"--{Name} takes {range}; {n} is outside it" : null;
        }

        if (Choices is not null && !Choices.Contains(value ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return $"--{Name} takes {string.Join(" or ", Choices)}, not “{value}”";
        }

        return null;
    }
}
