using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>The store contract on a SQLite file (the default store); the second instance opens the same file.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly TempFolder _folder = new();

    private protected override async Task<IConversationStore> OpenAsync()
    {
        var store = new SqliteConversationStore(_folder.File("sessions.db"), Time);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    private protected override Task<IConversationStore> OpenSecondAsync() => OpenAsync();

    public override Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
