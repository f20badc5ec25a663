using System.Globalization;
using GovBot.Core.Domain;
using GovBot.Storage.Numbering;
using GovBot.Storage.Safety;
using LiteDB;

namespace GovBot.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of the process, in direct mode, with its own mapper. Every collection and
/// index is created here, once, on the constructing thread: LiteDB 5.0.21 races when the first use of a mapper
/// or a new collection happens concurrently.
/// </summary>
public sealed class GovBotDatabase : IDisposable
{
    /// <summary>2: articles and statements keep their numbers through the <see cref="Numbering.NumberLedger"/>.</summary>
    public const int SchemaVersion = 2;

    private readonly StoreLock storeLock;

    /// <summary>
    /// Takes the store's lock, checks that the file is ours, opens it and brings its schema up to date. Every
    /// failure is a <see cref="StoreUnavailableException"/> with a sentence for the operator.
    /// </summary>
    public GovBotDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        try
        {
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw FolderUnavailable(e);
        }

        // A foreign file is refused before the lock file is made beside it; after the lock the check is repeated,
        // since another process may have created the store meanwhile.
        Open(() => StoreFileCheck.IsNew(Path));
        storeLock = Open(() => StoreLock.Acquire(Path));
        try
        {
            var isNew = Open(() => StoreFileCheck.IsNew(Path));
            var connection = new ConnectionString
            {
                Filename = Path,
                Connection = ConnectionType.Direct,
                Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.IgnoreCase),
            };
            Database = Open(() => new LiteDatabase(connection, CreateMapper()) { UtcDate = true });
            var version = Open(() => Database.UserVersion);
            if (version > SchemaVersion)
            {
                throw new StoreUnavailableException(StoreProblem.WrittenByNewerVersion, Path,
                    $"The store {Path} was written by a newer GovBot (schema {version}; this version reads {SchemaVersion}); run the newer GovBot, or point Storage__Path at another file.");
            }

            Articles = Database.GetCollection<Article>("articles");
            Statements = Database.GetCollection<Statement>("statements");
            Speakers = Database.GetCollection<Speaker>("speakers");
            Usage = Database.GetCollection<UsageEvent>("usage");
            Meta = Database.GetCollection<MetaEntry>("meta");
            Texts = Database.GetCollection<ArticleText>("texts");
            Audit = Database.GetCollection<AuditEntry>("audit");
            Corrections = Database.GetCollection<Correction>("corrections");
            ArticleNumbers = Database.GetCollection<ArticleNumber>("article_numbers");
            StatementNumbers = Database.GetCollection<StatementNumber>("statement_numbers");
            Vectors = Database.GetCollection<StoredVector>("vectors");
            Open(() =>
            {
                EnsureIndexes();
                Upgrade(isNew ? 0 : Math.Max(version, 1));
            });
        }
        catch
        {
            Database?.Dispose();
            storeLock.Dispose();
            throw;
        }
    }

    /// <summary>The store's full path, for messages.</summary>
    public string Path { get; }

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

    /// <summary>Every number an article was given, removed ones too (<see cref="ArticleNumber"/>).</summary>
    public ILiteCollection<ArticleNumber> ArticleNumbers { get; }

    /// <summary>Every number a statement was given, removed ones too (<see cref="StatementNumber"/>).</summary>
    public ILiteCollection<StatementNumber> StatementNumbers { get; }

    /// <summary>Text vectors by model and text hash (<see cref="StoredVector"/>); a cache that can always be rebuilt.</summary>
    public ILiteCollection<StoredVector> Vectors { get; }

    public void Dispose()
    {
        Database.Dispose();
        storeLock.Dispose();
    }

    private void EnsureIndexes()
    {
        Articles.EnsureIndex(a => a.Document, unique: true);
        Articles.EnsureIndex(a => a.ContentHash);
        Articles.EnsureIndex(a => a.SpeakerIds);
        Statements.EnsureIndex(s => s.ArticleId);
        Statements.EnsureIndex(s => s.SpeakerId);
        Speakers.EnsureIndex(s => s.Aliases);
        Usage.EnsureIndex(u => u.TimeUtc);
        Audit.EnsureIndex(a => a.TimeUtc);
        ArticleNumbers.EnsureIndex(n => n.Document, unique: true);
        StatementNumbers.EnsureIndex(n => n.ArticleId);
        StatementNumbers.EnsureIndex(n => n.Key, unique: true);
    }

    /// <summary>Brings an older store to <see cref="SchemaVersion"/> in one transaction; a new store starts there.</summary>
    private void Upgrade(int version)
    {
        if (version == SchemaVersion)
        {
            return;
        }

        Database.BeginTrans();
        try
        {
            if (version == 1)
            {
                NumberingMigration.Run(this);
            }

            Database.Commit();
        }
        catch
        {
            Database.Rollback();
            throw;
        }

        Database.UserVersion = SchemaVersion;
    }

    private T Open<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not StoreUnavailableException && StoreFailures.IsStoreFailure(e))
        {
            throw StoreFailures.Describe(e, Path);
        }
        catch (Exception e) when (e is not StoreUnavailableException)
        {
            // LiteDB reads a damaged page into whatever it finds there, so damage surfaces as any kind of exception.
            throw StoreFailures.Damaged(e, Path);
        }
    }

    private void Open(Action step) => Open(() =>
    {
        step();
        return true;
    });

    private StoreUnavailableException FolderUnavailable(Exception e) => StoreFailures.Describe(e, Path) is { Problem: StoreProblem.Unexpected }
        ? new StoreUnavailableException(StoreProblem.FolderUnavailable, Path,
            $"The folder for the store {Path} cannot be created ({e.Message.TrimEnd('.')}); point Storage__Path at a folder GovBot can create or write to.", e)
        : StoreFailures.Describe(e, Path);

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
        mapper.Entity<ArticleNumber>().Id(n => n.Id, autoId: false);
        mapper.Entity<StatementNumber>().Id(n => n.Id, autoId: false);
        mapper.Entity<StoredVector>().Id(v => v.Id, autoId: false);
        return mapper;
    }
}
