
namespace MiClientBot.Web.Storage;

/// <summary>The configured store, seen as a conversation store, an archive and (for SQL stores) a schema to migrate.</summary>
internal sealed class StorageBackend : IAsyncDisposable
{
    public StorageBackend(IConversationStore store, IConversationArchive archive, SqlConversationStore? sql, string description)
    {
        Store = store;
        Archive = archive;
        Sql = sql;
        Description = description;
    }

    public IConversationStore Store { get; }

    public IConversationArchive Archive { get; }

    public SqlConversationStore? Sql { get; }

    /// <summary>Where sessions are kept, for the start-up log (never a password).</summary>
    public string Description { get; }

    public static StorageBackend Create(StorageOptions options, string baseDirectory, TimeProvider time)
    {
        switch (options.EffectiveProvider)
        {
            case StorageProvider.Memory:
                var memory = new InMemoryConversationStore(time);
                return new StorageBackend(memory, memory, null, "memory (lost on restart)");
            case StorageProvider.PostgreSql:
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(options.PostgreSql);
                var postgres = new PostgresConversationStore(options.PostgreSql!, time);
                return new StorageBackend(postgres, postgres, postgres, $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}");
            default:
                var sqlite = new SqliteConversationStore(Path.Combine(baseDirectory, options.SqliteFile), time);
                return new StorageBackend(sqlite, sqlite, sqlite, $"SQLite file {sqlite.File}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Sql is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
