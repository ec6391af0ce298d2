namespace MiClientBot.Web.Storage;

/// <summary>Where conversations are kept.</summary>
internal enum StorageProvider
{
    /// <summary>A SQLite file beside appsettings.json: one host, no set-up.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database that several hosts behind a load balancer share.</summary>
    PostgreSql,

    /// <summary>Process memory, lost on restart: tests and throw-away demos only.</summary>
    Memory,
}
