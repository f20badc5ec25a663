namespace GovBot.Ingestion.Parsing;

/// <summary>Counts the runs of characters between single spaces, as splitting on ' ' without empty entries would, without the copies.</summary>
internal static class SpaceSeparatedWords
{
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }
}
