using System.Globalization;
using System.Text;

namespace GovBot.Core.Text;

/// <summary>Folds names to a comparable key: lower case, no diacritics, single hyphens between words.</summary>
public static class NameKey
{
    public static string For(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '’' and not '.')
            {
                pendingDash = true;
            }
        }

        return sb.ToString();
    }

    public static string[] Tokens(string name) => For(name).Split('-', StringSplitOptions.RemoveEmptyEntries);
}
