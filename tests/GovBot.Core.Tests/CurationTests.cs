using GovBot.Core.Commands;
using GovBot.Core.Features.Curation;
using GovBot.Storage;
using GovBot.Tests.Shared;

namespace GovBot.Core.Tests;

public sealed class CurationTests
{
    private static CommandInput Input(string subcommand, params (string Key, string Value)[] options)
    {
        var values = options.ToDictionary(o => o.Key, o => o.Value);
        values[CommandInput.SubcommandKey] = subcommand;
        return new CommandInput(values) { Caller = new CommandCaller("1", "2", "777", CommandCaller.ManageGuild, []) };
    }

    [Fact]
    public void Speaker_edits_and_hidden_quotes_apply_at_once_survive_re_extraction_and_are_audited()
    {
        using var knowledge = new KnowledgeFixture();
        var audit = new LiteAuditLog(knowledge.Database);
        var curate = new CurateCommand(knowledge.Store, knowledge.Index, audit, knowledge.Time);

        var edit = curate.Execute(Input("speaker-edit", ("name", "Long"), ("title", "Special Envoy for Cyber Affairs"), ("country", "China")));
        Assert.Equal("Speaker corrected", edit.Title);
        Assert.Contains("Special Envoy for Cyber Affairs", knowledge.Speakers.Handle("Long").Lines[0], StringComparison.Ordinal);

        var hit = knowledge.Index.SearchStatements("Resorting to use of force deterrence", null, 1)[0];
        var hidden = knowledge.Store.FindStatement(hit.Id)!;
        Assert.Equal("Statement hidden", curate.Execute(Input("quote-hide", ("statement", hit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Title);
        Assert.DoesNotContain(knowledge.Index.SearchStatements("Resorting to use of force deterrence", null, 5), h => knowledge.Store.FindStatement(h.Id)?.Text == hidden.Text);

        knowledge.Importer.Reextract(onlyOutdated: false, CancellationToken.None);

        Assert.Contains("Special Envoy for Cyber Affairs", knowledge.Speakers.Handle("Long").Lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(knowledge.Index.SearchStatements("Resorting to use of force deterrence", null, 5), h => knowledge.Store.FindStatement(h.Id)?.Text == hidden.Text);
        Assert.Equal(["quote hide", "speaker edit"], audit.Recent(10).Select(e => e.Action));
        Assert.Contains("Coordinator for Cyber Affairs", audit.Recent(10)[1].Before, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_speakers_become_one_profile_with_the_other_name_as_an_alias_and_stay_merged_after_re_extraction()
    {
        using var knowledge = new KnowledgeFixture();
        using var dir = new TempDirectory();
        var file = dir.File("variant.txt");
        File.WriteAllText(file, "title: Minister on cyber norms\nsource: Test Wire\ndate: 2024-06-01\n\n" +
                                "Sergej Lavrov, Russia's Foreign Minister, said: \"Norms of responsible behaviour in cyberspace must be agreed at the United Nations by all states.\"\n");
        knowledge.Importer.ImportFile(file, "variant.txt");
        var variantId = knowledge.Index.FindSpeakers("Sergej Lavrov", 1)[0].SpeakerId;
        var mainId = knowledge.Index.FindSpeakers("Sergey Lavrov", 1)[0].SpeakerId;
        Assert.NotEqual(variantId, mainId);
        var audit = new LiteAuditLog(knowledge.Database);
        var curate = new CurateCommand(knowledge.Store, knowledge.Index, audit, knowledge.Time);

        var merged = curate.Execute(Input("speaker-merge", ("name", "Sergej Lavrov"), ("into", "Sergey Lavrov")));

        Assert.Equal("Speakers merged", merged.Title);
        void AssertMerged()
        {
            Assert.Null(knowledge.Store.FindSpeaker(variantId));
            var profile = knowledge.Store.FindSpeaker(mainId)!;
            Assert.Contains("Sergej Lavrov", profile.Aliases);
            Assert.Equal(mainId, Assert.Single(knowledge.Index.FindSpeakers("Sergej Lavrov", 5)).SpeakerId);
            var hits = knowledge.Index.SearchStatements("norms responsible behaviour agreed United Nations all states", mainId, 5);
            Assert.Contains(hits, h => knowledge.Store.FindStatement(h.Id)!.Text.StartsWith("Norms of responsible behaviour", StringComparison.Ordinal));
        }

        AssertMerged();
        knowledge.Importer.Reextract(onlyOutdated: false, CancellationToken.None);
        AssertMerged();
        Assert.Equal("speaker merge", audit.Recent(1)[0].Action);
        Assert.Equal(ReplyOutcome.InvalidInput, curate.Execute(Input("speaker-merge", ("name", "Sergej Lavrov"), ("into", "Sergey Lavrov"))).Outcome);
    }

    [Fact]
    public void A_speaker_a_changed_article_no_longer_names_is_forgotten_by_the_store_and_the_index()
    {
        using var knowledge = new KnowledgeFixture();
        var before = "title: Data centres\nsource: Test Wire\ndate: 2026-11-20\n\nMaria Keller, Austria's Minister for Digital Affairs, said: \"Resilience is now a legal duty.\"\n"u8.ToArray();
        var after = "title: Data centres\nsource: Test Wire\ndate: 2026-11-20\n\nThe ministry said data centres must report outages within a day.\n"u8.ToArray();
        knowledge.Importer.ImportBytes("keller.txt", "keller.txt", before);
        Assert.NotEmpty(knowledge.Index.FindSpeakers("Maria Keller", 5));

        knowledge.Importer.ImportBytes("keller.txt", "keller.txt", after);

        Assert.DoesNotContain(knowledge.Store.AllSpeakers(), s => s.Name == "Maria Keller");
        Assert.Empty(knowledge.Index.FindSpeakers("Maria Keller", 5));
    }

    [Fact]
    public void Curation_refuses_nonsense_politely()
    {
        using var knowledge = new KnowledgeFixture();
        var curate = new CurateCommand(knowledge.Store, knowledge.Index, new LiteAuditLog(knowledge.Database), knowledge.Time);
        Assert.Equal(ReplyOutcome.InvalidInput, curate.Execute(Input("speaker-edit", ("name", "Long"))).Outcome);
        Assert.Equal(ReplyOutcome.NothingFound, curate.Execute(Input("quote-hide", ("statement", "99999999"))).Outcome);
        Assert.Equal(ReplyOutcome.NothingFound, curate.Execute(Input("speaker-edit", ("name", "Nobody Atall"), ("title", "x"))).Outcome);
    }
}
