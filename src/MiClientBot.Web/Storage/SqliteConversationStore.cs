using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MiClientBot.Web.Storage;

/// <summary>Conversations in a SQLite file: the default, for one host (or a few processes on one machine).</summary>
internal sealed class SqliteConversationStore : SqlConversationStore
{
    private readonly string _connectionString;

    public SqliteConversationStore(string file, TimeProvider time)
        : base(time)
    {
        File = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = File,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string File { get; }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // Another process may hold the write lock for a moment: wait for it rather than fail the turn.
        // With WAL, synchronous=NORMAL loses nothing when the process dies (kill -9), only on power loss.
        await using var busy = Command(connection, null, "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL");
        await busy.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets the instructor view read while a turn writes; it is a property of the file, so set once here.
        await using var wal = Command(connection, null, "PRAGMA journal_mode = WAL");
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }
}
