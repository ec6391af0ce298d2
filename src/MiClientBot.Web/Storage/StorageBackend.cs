using MiClientBot.Web.Hosting;

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
                Npgsql.NpgsqlConnectionStringBuilder builder;
                try
                {
                    builder = new Npgsql.NpgsqlConnectionStringBuilder(options.PostgreSql);
                }
                catch (ArgumentException e)
                {
                    // The message names the bad keyword, never the string itself, which holds the password.
                    throw new SettingException(
                        $"Storage:PostgreSql is not a valid connection string ({e.Message.TrimEnd('.')}). Write it as Host=HOST;Port=5432;Database=NAME;Username=USER;Password=..., best in the Storage__PostgreSql environment variable.", e);
                }

                var postgres = new PostgresConversationStore(options.PostgreSql!, time);
                return new StorageBackend(postgres, postgres, postgres, $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}");
            default:
                var file = Path.GetFullPath(Path.Combine(baseDirectory, options.SqliteFile));
                SqliteConversationStore sqlite;
                try
                {
                    sqlite = new SqliteConversationStore(file, time);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    throw new SettingException(
                        $"Storage:SqliteFile '{options.SqliteFile}' cannot be used: {e.Message.TrimEnd('.')} ({file}). Name a file in a folder this user may create and write, relative to appsettings.json.", e);
                }

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
