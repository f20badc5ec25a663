using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Features.Usage;
using GovBot.Storage;
using GovBot.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GovBot.Core.Tests;

public sealed class UsagePrivacyAndRetentionTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly GovBotDatabase db;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public UsagePrivacyAndRetentionTests() => db = new GovBotDatabase(dir.File("govbot.db"));

    [Fact]
    public void User_ids_are_kept_as_a_stable_keyed_hash_unless_ids_are_wanted()
    {
        var store = new LiteArticleStore(db);
        var hasher = new UserIdHasher(store, Options.Create(new UsageOptions()));
        var first = hasher.Protect("123456789012345678");
        Assert.NotEqual("123456789012345678", first);
        Assert.Equal(first, new UserIdHasher(store, Options.Create(new UsageOptions())).Protect("123456789012345678"));
        Assert.NotEqual(first, hasher.Protect("123456789012345679"));
        Assert.Equal("42", new UserIdHasher(store, Options.Create(new UsageOptions { StoreUserIds = true })).Protect("42"));
    }

    [Fact]
    public void Discord_usage_records_guild_channel_and_hashed_user()
    {
        var log = new LiteUsageLog(db);
        var runner = new CommandRunner(log, time, NullLogger<CommandRunner>.Instance, new UserIdHasher(new LiteArticleStore(db), Options.Create(new UsageOptions())));
        runner.Run("discord", "help", "", new CommandCaller("11", "22", "33", 0, []), () => CommandReply.Message(ReplyOutcome.Answered, "x"));
        var recorded = Assert.Single(log.Since(DateTime.MinValue));
        Assert.Equal(("11", "22"), (recorded.GuildId, recorded.ChannelId));
        Assert.NotNull(recorded.User);
        Assert.NotEqual("33", recorded.User);
    }

    [Fact]
    public void Events_older_than_the_retention_are_purged()
    {
        var log = new LiteUsageLog(db);
        log.Record(new UsageEvent { TimeUtc = time.GetUtcNow().UtcDateTime.AddDays(-100), Command = "old" });
        log.Record(new UsageEvent { TimeUtc = time.GetUtcNow().UtcDateTime.AddDays(-10), Command = "recent" });
        var retention = new UsageRetention(log, Options.Create(new UsageOptions { RetentionDays = 90 }), time, NullLogger<UsageRetention>.Instance);
        Assert.Equal(1, retention.Purge());
        Assert.Equal("recent", Assert.Single(log.Since(DateTime.MinValue)).Command);
        time.Advance(TimeSpan.FromDays(81));
        Assert.Equal(1, retention.Purge());
        Assert.Empty(log.Since(DateTime.MinValue));
    }

    public void Dispose()
    {
        db.Dispose();
        dir.Dispose();
    }
}
