using GovBot.Core.Commands;
using GovBot.Core.Features.Speakers;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Storage;
using GovBot.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace GovBot.Core.Tests;

/// <summary>A speaker named by surname only in one article is the person another article names in full.</summary>
public sealed class OnePersonOneProfileTests
{
    private const string FullName = "title: Statement by President Joan Halvorsen on Ransomware\nsource: The White House\ndate: 2024-03-01\n\n" +
                                    "Today our partners and I are taking action against ransomware gangs that attack our hospitals.\n";

    private const string Surname = "title: Remarks by President Halvorsen on the Pipeline Incident\nsource: The White House\ndate: 2024-04-01\n\n" +
                                   "THE PRESIDENT: Good afternoon. I want to update everyone on the ransomware attack on the pipeline.\n\n" +
                                   "Q: Will you sanction Russia?\n\n" +
                                   "THE PRESIDENT: We are looking at every option, and we will hold the criminals to account.\n";

    private const string Namesake = "title: Statement by Senator Erik Halvorsen on Cyber Funding\nsource: The White House\ndate: 2024-05-01\n\n" +
                                    "The cyber funding bill will protect schools and local governments from ransomware.\n";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_surname_only_speaker_joins_the_full_name_profile_whichever_article_comes_first(bool fullNameFirst)
    {
        using var store = new TestStore();
        if (fullNameFirst)
        {
            store.Import("full.txt", FullName);
            store.Import("surname.txt", Surname);
        }
        else
        {
            store.Import("surname.txt", Surname);
            store.Import("full.txt", FullName);
        }

        var profiles = store.Store.AllSpeakers().Where(s => s.Name.Contains("Halvorsen", StringComparison.Ordinal)).ToList();
        var joan = Assert.Single(profiles);
        Assert.Equal("Joan Halvorsen", joan.Name);
        Assert.Contains("Halvorsen", joan.Aliases);
        Assert.All(store.Store.AllStatements(), s => Assert.Equal("joan-halvorsen", s.SpeakerId));

        var reply = new SpeakerHandler(store.Store, store.Index).Handle("halvorsen");
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal("Joan Halvorsen", reply.Title);
        Assert.Contains(reply.Fields, f => f.Name == "Statements" && f.Value.EndsWith("in 2 articles", StringComparison.Ordinal));
    }

    [Fact]
    public void A_longer_form_of_a_known_full_name_joins_its_profile()
    {
        using var store = new TestStore();
        store.Import("full.txt", FullName);
        store.Import("formal.txt", FullName.Replace("Joan Halvorsen", "Joan M. Halvorsen", StringComparison.Ordinal).Replace("Ransomware", "Hospitals", StringComparison.Ordinal));
        store.Import("surname.txt", Surname);

        var joan = Assert.Single(store.Store.AllSpeakers(), s => s.Name.Contains("Halvorsen", StringComparison.Ordinal));
        Assert.Contains("Joan M. Halvorsen", joan.Aliases);
        Assert.Equal(3, store.Store.AllArticleHeaders().Count(a => a.SpeakerIds.Contains(joan.Id)));
    }

    [Fact]
    public void A_surname_two_full_names_share_stays_its_own_profile()
    {
        using var store = new TestStore();
        store.Import("full.txt", FullName);
        store.Import("namesake.txt", Namesake);
        store.Import("surname.txt", Surname);

        Assert.Contains(store.Store.AllSpeakers(), s => s.Name == "Halvorsen");
        Assert.Equal(3, store.Store.AllSpeakers().Count(s => s.Name.Contains("Halvorsen", StringComparison.Ordinal)));
    }

    private sealed class TestStore : IDisposable
    {
        private readonly TempDirectory dir = new();
        private readonly GovBotDatabase database;
        private readonly ArticleImporter importer;

        public TestStore()
        {
            database = new GovBotDatabase(dir.File("govbot.db"));
            Store = new LiteArticleStore(database);
            Index = new KnowledgeIndex();
            importer = new ArticleImporter(Store, Index, new ArticleAnalyzer(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));
        }

        public LiteArticleStore Store { get; }
        public KnowledgeIndex Index { get; }

        public void Import(string name, string text)
        {
            var path = dir.File(name);
            File.WriteAllText(path, text);
            importer.ImportFile(path, name);
        }

        public void Dispose()
        {
            Index.Dispose();
            database.Dispose();
            dir.Dispose();
        }
    }
}

/// <summary>Another form of a full name ("Joseph R. Halvorsen" for "Joe Halvorsen") is the same profile; another given name is not.</summary>
public sealed class NameFormTests
{
    [Theory]
    [InlineData("Joe Halvorsen", "Joseph R. Halvorsen", true)]
    [InlineData("Joseph Halvorsen", "J. Halvorsen", true)]
    [InlineData("Liz Sherwood-Randall", "Elizabeth Sherwood-Randall", true)]
    [InlineData("Joe Halvorsen", "Jill Halvorsen", false)]
    [InlineData("Joe Halvorsen", "Joe Hansen", false)]
    [InlineData("Halvorsen", "Joe Halvorsen", false)]
    public void Given_names_agree_by_initial_or_short_form(string a, string b, bool same) =>
        Assert.Equal(same, GovBot.Core.Text.GivenNames.SamePerson(a, b));
}
