using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>The store contract in memory (Storage:Provider Memory, and the tests' default).</summary>
public sealed class MemoryStoreContractTests : StoreContractTests
{
    private InMemoryConversationStore? _store;

    private protected override Task<IConversationStore> OpenAsync() => Task.FromResult<IConversationStore>(_store = new InMemoryConversationStore(Time));

    private protected override Task<IConversationStore> OpenSecondAsync() => Task.FromResult<IConversationStore>(_store!);
}
