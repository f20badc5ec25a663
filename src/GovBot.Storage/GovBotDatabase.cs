using System.Globalization;
using GovBot.Core.Domain;
using LiteDB;

namespace GovBot.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of the process, in direct mode, with its own mapper. Every collection and
/// index is created here, once, on the constructing thread: LiteDB 5.0.21 races when the first use of a mapper
/// or a new collection happens concurrently.
/// </summary>
public sealed class GovBotDatabase : IDisposable
{
    public const int SchemaVersion = 1;

    public GovBotDatabase(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new ConnectionString
        {
            Filename = path,
            Connection = ConnectionType.Direct,
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.IgnoreCase),
        };
        Database = new LiteDatabase(connection, CreateMapper()) { UtcDate = true };
        if (Database.UserVersion == 0)
        {
            Database.UserVersion = SchemaVersion;
        }
        else if (Database.UserVersion > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The store at '{path}' was written by a newer GovBot (schema {Database.UserVersion}; this version reads {SchemaVersion}).");
        }

        Articles = Database.GetCollection<Article>("articles");
        Articles.EnsureIndex(a => a.Document, unique: true);
        Articles.EnsureIndex(a => a.ContentHash);
        Articles.EnsureIndex(a => a.SpeakerIds);
        Statements = Database.GetCollection<Statement>("statements");
        Statements.EnsureIndex(s => s.ArticleId);
        Statements.EnsureIndex(s => s.SpeakerId);
        Speakers = Database.GetCollection<Speaker>("speakers");
        Speakers.EnsureIndex(s => s.Aliases);
        Usage = Database.GetCollection<UsageEvent>("usage");
        Usage.EnsureIndex(u => u.TimeUtc);
        Meta = Database.GetCollection<MetaEntry>("meta");
        Texts = Database.GetCollection<ArticleText>("texts");
        Audit = Database.GetCollection<AuditEntry>("audit");
        Corrections = Database.GetCollection<Correction>("corrections");
        Audit.EnsureIndex(a => a.TimeUtc);
    }

    public LiteDatabase Database { get; }
    public ILiteCollection<Article> Articles { get; }
    public ILiteCollection<Statement> Statements { get; }
    public ILiteCollection<Speaker> Speakers { get; }
    public ILiteCollection<UsageEvent> Usage { get; }
    public ILiteCollection<MetaEntry> Meta { get; }

    /// <summary>Article bodies, apart from the articles so that listing and profile rebuilds never read them.</summary>
    public ILiteCollection<ArticleText> Texts { get; }

    public ILiteCollection<AuditEntry> Audit { get; }

    public ILiteCollection<Correction> Corrections { get; }

    public void Dispose() => Database.Dispose();

    private static BsonMapper CreateMapper()
    {
        // Empty strings stay empty: LiteDB turns them into null by default, which non-nullable properties do not expect.
        var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false };
        mapper.Entity<Article>().Id(a => a.Id, autoId: true).Ignore(a => a.Text);
        mapper.Entity<ArticleText>().Id(t => t.Id, autoId: false);
        mapper.Entity<Statement>().Id(s => s.Id, autoId: true);
        mapper.Entity<Speaker>().Id(s => s.Id, autoId: false);
        mapper.Entity<UsageEvent>().Id(u => u.Id, autoId: true);
        mapper.Entity<AuditEntry>().Id(a => a.Id, autoId: true);
        mapper.Entity<Correction>().Id(c => c.Id, autoId: false);
        mapper.Entity<MetaEntry>().Id(m => m.Key, autoId: false);
        return mapper;
    }
}
