using MiClientBot.Core.Conversations;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>The schema is created on first start and left alone (data included) on every start after.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_SqliteTwice_AppliesEachStepOnceAndKeepsData()
    {
        using var folder = new TempFolder();
        var time = new ManualTime();
        var first = new SqliteConversationStore(folder.File("nested/dir/sessions.db"), time);

        Assert.Equal(SchemaMigrations.Steps.Count, await first.MigrateAsync(CancellationToken.None));
        await first.TryWriteAsync("c", new ConversationState { Inputs = ["kept"] }, 0, CancellationToken.None);
        var second = new SqliteConversationStore(folder.File("nested/dir/sessions.db"), time);

        Assert.Equal(0, await second.MigrateAsync(CancellationToken.None));
        Assert.Equal(0, await second.MigrateAsync(CancellationToken.None));

        Assert.Equal(SchemaMigrations.Steps.Select(s => s.Version), await second.AppliedMigrationsAsync(CancellationToken.None));
        Assert.Equal(["kept"], (await second.ReadAsync("c", CancellationToken.None))!.State.Inputs);
    }

    [SkippableFact]
    public async Task Migrate_PostgresTwiceAndFromTwoHostsAtOnce_AppliesEachStepOnceAndKeepsData()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        var time = new ManualTime();
        await using var a = new PostgresConversationStore(schema.ConnectionString, time);
        await using var b = new PostgresConversationStore(schema.ConnectionString, time);

        // Two hosts starting together: the advisory lock lets one migrate, the other finds it done.
        var applied = await Task.WhenAll(a.MigrateAsync(CancellationToken.None), b.MigrateAsync(CancellationToken.None));
        Assert.Equal(SchemaMigrations.Steps.Count, applied.Sum());

        await a.TryWriteAsync("c", new ConversationState { Inputs = ["kept"] }, 0, CancellationToken.None);
        Assert.Equal(0, await b.MigrateAsync(CancellationToken.None));

        Assert.Equal(SchemaMigrations.Steps.Select(s => s.Version), await b.AppliedMigrationsAsync(CancellationToken.None));
        Assert.Equal(["kept"], (await b.ReadAsync("c", CancellationToken.None))!.State.Inputs);
    }
}
