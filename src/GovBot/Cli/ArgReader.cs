namespace GovBot.Cli;

/// <summary>
/// Reads a verb's arguments: positional words and <c>--name value</c> / <c>--flag</c> options. <c>--help</c> and
/// <c>-h</c> always ask for help (write <c>-- -h</c> to search for "-h" itself).
/// </summary>
public sealed class ArgReader
{
    public const string Help = "help";

    private readonly Dictionary<string, string?> options = new(StringComparer.OrdinalIgnoreCase);

    public ArgReader(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg == "--")
            {
                Positional.AddRange(list.Skip(i + 1));
                break;
            }

            if (arg is "--help" or "-h")
            {
                options[Help] = null;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    options[name[..eq]] = name[(eq + 1)..];
                }
                else if (flags.Contains(name))
                {
                    options[name] = null;
                }
                else if (i + 1 < list.Count)
                {
                    options[name] = list[++i];
                }
                else
                {
                    Errors.Add($"--{name} needs a value");
                }
            }
            else
            {
                Positional.Add(arg);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public List<string> Errors { get; } = [];

    public IEnumerable<string> OptionNames => options.Keys;

    public bool Has(string name) => options.ContainsKey(name);

    public string? Get(string name) => options.GetValueOrDefault(name);

    /// <summary>The option's number; values were checked against the verb's <see cref="VerbOption"/> before it ran.</summary>
    public int GetInt(string name, int fallback)
    {
        var value = Get(name);
        return value is not null && int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : fallback;
    }

    /// <summary>Adds an error for every given option whose value its <see cref="VerbOption"/> does not accept.</summary>
    public void Check(IEnumerable<VerbOption> rules)
    {
        foreach (var rule in rules)
        {
            if (options.TryGetValue(rule.Name, out var value) && rule.Problem(value) is { } problem)
            {
                Errors.Add(problem);
            }
        }
    }

    public string Text => string.Join(' ', Positional);
}
