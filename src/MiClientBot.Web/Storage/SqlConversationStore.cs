using System.Data;
using System.Data.Common;
using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Storage;

/// <summary>
/// The durable stores' shared SQL (SQLite and PostgreSQL read the same statements). A write is one
/// transaction: the conversation row changes only if it still has the version the turn read, and the
/// turn's transcript lines go in with it, so a turn that lost the race leaves no trace and is retried.
/// </summary>
internal abstract class SqlConversationStore : IConversationStore, IConversationArchive
{
    private const string Columns = "conv_key, id, version, state, trainee, created_ms, updated_ms";

    private readonly TimeProvider _time;

    protected SqlConversationStore(TimeProvider time) => _time = time;

    public async Task<StoredConversation?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT version, state FROM conversations WHERE conv_key = @key", ("key", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredConversation(Deserialize(key, reader.GetString(1)), reader.GetInt64(0))
            : null;
    }

    public Task<bool> TryWriteAsync(string key, ConversationState state, long expectedVersion, CancellationToken cancellationToken) =>
        TryWriteAsync(key, ConversationWrite.Of(state), expectedVersion, cancellationToken);

    public async Task<bool> TryWriteAsync(string key, ConversationWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var state = ConversationStateSerializer.Serialize(write.State);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var command = expectedVersion == 0
            ? Command(connection, transaction,
                $"INSERT INTO conversations ({Columns}) VALUES (@key, @id, 1, @state, @trainee, @now, @now) ON CONFLICT DO NOTHING",
                ("key", key), ("id", SessionIds.Of(key)), ("state", state), ("trainee", write.Trainee), ("now", now))
            : Command(connection, transaction,
                "UPDATE conversations SET version = @next, state = @state, trainee = COALESCE(@trainee, trainee), updated_ms = @now WHERE conv_key = @key AND version = @expected",
                ("key", key), ("next", expectedVersion + 1), ("state", state), ("trainee", write.Trainee), ("now", now), ("expected", expectedVersion));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        for (var i = 0; i < write.Lines.Count; i++)
        {
            var line = write.Lines[i];
            await using var insert = Command(connection, transaction,
                "INSERT INTO transcript_lines (conv_key, version, line, at_ms, speaker, text) VALUES (@key, @version, @line, @at, @speaker, @text)",
                ("key", key), ("version", expectedVersion + 1), ("line", i), ("at", line.At.ToUnixTimeMilliseconds()), ("speaker", line.Speaker.ToString()), ("text", line.Text));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<ArchivedConversation>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM conversations ORDER BY updated_ms DESC");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ArchivedConversation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(ReadConversation(reader, []));
        }

        return list;
    }

    public async Task<ArchivedConversation?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        ArchivedConversation? found;
        await using (var command = Command(connection, null, $"SELECT {Columns} FROM conversations WHERE id = @id", ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            found = await reader.ReadAsync(cancellationToken) ? ReadConversation(reader, []) : null;
        }

        if (found is null)
        {
            return null;
        }

        await using var lines = Command(connection, null,
            "SELECT at_ms, speaker, text FROM transcript_lines WHERE conv_key = @key ORDER BY version, line", ("key", found.Key));
        await using var lineReader = await lines.ExecuteReaderAsync(cancellationToken);
        var transcript = new List<TranscriptLine>();
        while (await lineReader.ReadAsync(cancellationToken))
        {
            transcript.Add(new TranscriptLine(
                DateTimeOffset.FromUnixTimeMilliseconds(lineReader.GetInt64(0)),
                Enum.Parse<Speaker>(lineReader.GetString(1)),
                lineReader.GetString(2)));
        }

        return found with { Transcript = transcript };
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);

        // The row first: that waits for a turn being written, so its lines are visible to the second delete.
        await using var conversation = Command(connection, transaction, "DELETE FROM conversations WHERE conv_key = @key", ("key", key));
        var deleted = await conversation.ExecuteNonQueryAsync(cancellationToken);
        await using var lines = Command(connection, transaction, "DELETE FROM transcript_lines WHERE conv_key = @key", ("key", key));
        await lines.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var conversations = Command(connection, transaction,
            "DELETE FROM conversations WHERE updated_ms < @cutoff", ("cutoff", cutoff.ToUnixTimeMilliseconds()));
        var deleted = await conversations.ExecuteNonQueryAsync(cancellationToken);
        await using var lines = Command(connection, transaction,
            "DELETE FROM transcript_lines WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.conv_key = transcript_lines.conv_key)");
        await lines.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>Creates the schema or brings it up to date; safe to run again and from several hosts at once.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await PrepareAsync(connection, cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        await using (var create = Command(connection, transaction, SchemaMigrations.CreateMigrationTable))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = new HashSet<long>();
        await using (var query = Command(connection, transaction, "SELECT version FROM schema_migrations"))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt64(0));
            }
        }

        var count = 0;
        foreach (var (version, statements) in SchemaMigrations.Steps.Where(s => !applied.Contains(s.Version)))
        {
            foreach (var sql in statements)
            {
                await using var step = Command(connection, transaction, sql);
                await step.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = Command(connection, transaction, "INSERT INTO schema_migrations (version, applied_ms) VALUES (@version, @now)",
                ("version", version), ("now", _time.GetUtcNow().ToUnixTimeMilliseconds()));
            await record.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>The versions recorded in schema_migrations, for checks and tests.</summary>
    public async Task<IReadOnlyList<int>> AppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var query = Command(connection, null, "SELECT version FROM schema_migrations ORDER BY version");
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var versions = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add((int)reader.GetInt64(0));
        }

        return versions;
    }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction for writing; SQLite takes its write lock at the start, so two writers cannot deadlock.</summary>
    protected virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    /// <summary>Settings that outlive the connection (SQLite's journal mode), before the migration transaction.</summary>
    protected virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Keeps two hosts starting at once from migrating at the same time.</summary>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is constant text of this class; values always go in as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static ArchivedConversation ReadConversation(DbDataReader reader, IReadOnlyList<TranscriptLine> transcript)
    {
        var key = reader.GetString(0);
        return new ArchivedConversation(
            reader.GetString(1),
            key,
            new StoredConversation(Deserialize(key, reader.GetString(3)), reader.GetInt64(2)),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
            transcript);
    }

    private static ConversationState Deserialize(string key, string json) =>
        ConversationStateSerializer.Deserialize(json)
        ?? throw new InvalidDataException($"The stored state of conversation {SessionIds.Of(key)} cannot be read.");
}
