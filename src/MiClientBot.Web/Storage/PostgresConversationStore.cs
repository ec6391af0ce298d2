using System.Data.Common;
using Npgsql;

namespace MiClientBot.Web.Storage;

/// <summary>Conversations in PostgreSQL, shared by every host behind a load balancer.</summary>
internal sealed class PostgresConversationStore : SqlConversationStore, IAsyncDisposable, IDisposable
{
    /// <summary>The advisory lock that serializes migrations of hosts starting together (any fixed number).</summary>
    private const long MigrationLock = 0x4D49_436C_6965_6E74;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresConversationStore(string connectionString, TimeProvider time)
        : base(time) => _dataSource = NpgsqlDataSource.Create(connectionString);

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@lock)", ("lock", MigrationLock));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
