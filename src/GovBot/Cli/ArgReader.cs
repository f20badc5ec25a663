namespace GovBot.Cli;

/// <summary>Reads a verb's arguments: positional words and <c>--name value</c> / <c>--flag</c> options.</summary>
public sealed class ArgReader
{
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

            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
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

    public int GetInt(string name, int fallback)
    {
        var value = Get(name);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Errors.Add($"--{name} takes a whole number, not “{value}”");
        return fallback;
    }

    public string Text => string.Join(' ', Positional);
}
