using Npgsql;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>
/// A private schema in the test PostgreSQL that test.sh starts (connection string in
/// MICLIENTBOT_TEST_POSTGRES), dropped afterwards. Without the variable the PostgreSQL tests are
/// skipped on a developer's machine, and fail with the reason in CI (CI=true), where they must run.
/// </summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    public const string Variable = "MICLIENTBOT_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _schema;

    private PostgresSchema(string admin, string schema, string connectionString)
    {
        _admin = admin;
        _schema = schema;
        ConnectionString = connectionString;
    }

    /// <summary>A connection string whose search path is the private schema.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresSchema> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL is required in CI but {Variable} is not set: run the tests through test.sh, which installs and starts PostgreSQL.");
            }

            Skip.If(true, $"{Variable} is not set: test.sh starts a PostgreSQL for these tests.");
        }

        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema };
        return new PostgresSchema(admin!, schema, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
