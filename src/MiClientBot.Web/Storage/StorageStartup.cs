namespace MiClientBot.Web.Storage;

/// <summary>
/// Creates or migrates the schema when the host starts, before it takes requests, and says where
/// sessions are kept. A database that cannot be reached stops the host here, not at the first turn.
/// </summary>
internal sealed class StorageStartup : IHostedService
{
    private readonly StorageBackend _backend;
    private readonly ILogger<StorageStartup> _log;

    public StorageStartup(StorageBackend backend, ILogger<StorageStartup> log)
    {
        _backend = backend;
        _log = log;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        int applied;
        try
        {
            applied = _backend.Sql is null ? 0 : await _backend.Sql.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new StorageUnavailableException(
                $"Cannot open the session store ({_backend.Description}): {e.Message} Check the Storage section of appsettings.json.", e);
        }

        _log.LogInformation("Sessions are kept in {Storage} (schema version {Version}, {Applied} migration(s) applied now).",
            _backend.Description, _backend.Sql is null ? 0 : SchemaMigrations.Latest, applied);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
