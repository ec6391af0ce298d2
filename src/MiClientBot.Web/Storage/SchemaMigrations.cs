namespace MiClientBot.Web.Storage;

/// <summary>
/// The schema, as numbered steps applied once each and recorded in schema_migrations. Append new
/// steps; never edit an applied one. Plain SQL that SQLite and PostgreSQL both read.
/// </summary>
internal static class SchemaMigrations
{
    public const string CreateMigrationTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_ms BIGINT NOT NULL)";

    public static IReadOnlyList<(int Version, string[] Statements)> Steps { get; } =
    [
        (1,
        [
            """
            CREATE TABLE conversations (
                conv_key TEXT PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                version BIGINT NOT NULL,
                state TEXT NOT NULL,
                trainee TEXT,
                created_ms BIGINT NOT NULL,
                updated_ms BIGINT NOT NULL)
            """,
            "CREATE INDEX ix_conversations_updated ON conversations (updated_ms)",
            """
            CREATE TABLE transcript_lines (
                conv_key TEXT NOT NULL,
                version BIGINT NOT NULL,
                line INTEGER NOT NULL,
                at_ms BIGINT NOT NULL,
                speaker TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (conv_key, version, line))
            """,
        ]),
    ];

    public static int Latest => Steps[^1].Version;
}
