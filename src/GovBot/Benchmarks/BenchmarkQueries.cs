namespace GovBot.Benchmarks;

/// <summary>What users ask: topics, topics with a speaker, and names as typed (partial, lower case, misspelt).</summary>
internal static class BenchmarkQueries
{
    public static readonly (string Query, string? Speaker)[] Quotes =
    [
        ("arms race", null), ("ransomware", null), ("critical infrastructure", null), ("norms of responsible state behaviour", null),
        ("shared future", null), ("international information security", null), ("sovereign internet", null), ("SolarWinds", null),
        ("Colonial Pipeline", null), ("cyber attacks on hospitals", null), ("UN convention on cybercrime", null), ("data flows", null),
        ("Future of the Internet", null), ("election interference", null), ("sanctions", null), ("supply chain security", null),
        ("attribution Russia", null), ("5G", null), ("artificial intelligence", null), ("cyberspace", null),
        ("cyber", "putin"), ("ransomware", "Neuberger"), ("information security", "Lavrov"), ("", "Long Zhou"), ("internet", "Psaki"),
    ];

    public static readonly string[] Questions =
    [
        "What did Russia say about the UN's role in cyberspace?", "who called ransomware a national security threat?",
        "did anyone from China talk about an arms race before 2019?", "What did the US national security advisor say about ransomware?",
        "what did putin say about information security", "Has anyone talked about cross-border data flows?",
        "When did Anne Neuberger talk about SolarWinds?", "What did Estonia say about cyber attacks in 2007?",
        "Who talked about the FIFA World Cup?", "What has the White House said about critical infrastructure since 2022?",
        // Everyday words, whose reading in the record's terms is encoded too: the slowest kind of question.
        "has anyone talked about giving server farms a break on their power bills?", "what did the feds say about file-locking gangs?",
    ];

    public static readonly string[] Speakers =
    [
        "Long", "putin", "Vladimir Putin", "Neuberger", "anne neubrger", "Psaki", "Jen", "Lavrov", "Sullivan", "jake sulivan",
        "Biden", "Ilves", "Balakrishnan", "Horne", "Watson", "Zharov", "Lipov", "Oseyevsky", "Kelly", "Xavier Quixote",
    ];
}
