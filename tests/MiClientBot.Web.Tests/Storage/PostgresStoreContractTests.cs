using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>The store contract on a real PostgreSQL (started by test.sh); the second instance is another connection pool, as another host has.</summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private readonly List<PostgresConversationStore> _stores = [];
    private PostgresSchema? _schema;

    private protected override async Task<IConversationStore> OpenAsync()
    {
        _schema ??= await PostgresSchema.CreateAsync();
        var store = new PostgresConversationStore(_schema.ConnectionString, Time);
        _stores.Add(store);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    private protected override Task<IConversationStore> OpenSecondAsync() => OpenAsync();

    public override async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
