namespace MiClientBot.Web.Storage;

/// <summary>The "Storage" section of appsettings.json: where sessions are kept and for how long.</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Empty: PostgreSQL when <see cref="PostgreSql"/> is set, otherwise SQLite.</summary>
    public StorageProvider? Provider { get; set; }

    /// <summary>The SQLite file, relative to the folder of appsettings.json; its folder is created on start.</summary>
    public string SqliteFile { get; set; } = ".data/miclientbot.db";

    /// <summary>An Npgsql connection string; setting it switches to PostgreSQL. Keep the password in an environment variable.</summary>
    public string? PostgreSql { get; set; }

    /// <summary>Sessions (state and transcript) untouched for this many days are deleted.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often the retention sweep runs.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    public StorageProvider EffectiveProvider =>
        Provider ?? (string.IsNullOrWhiteSpace(PostgreSql) ? StorageProvider.Sqlite : StorageProvider.PostgreSql);

    public IEnumerable<string> Validate()
    {
        if (EffectiveProvider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(PostgreSql))
        {
            yield return "Storage:PostgreSql must be a connection string when Storage:Provider is PostgreSql.";
        }

        if (EffectiveProvider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(SqliteFile))
        {
            yield return "Storage:SqliteFile must name a file (relative to appsettings.json) when SQLite is used.";
        }

        if (RetentionDays is < 1 or > 3650)
        {
            yield return $"Storage:RetentionDays '{RetentionDays}' must be between 1 and 3650.";
        }

        if (SweepInterval < TimeSpan.FromMinutes(1) || SweepInterval > TimeSpan.FromDays(1))
        {
            yield return $"Storage:SweepInterval '{SweepInterval}' must be between 00:01:00 and 1.00:00:00.";
        }
    }
}
