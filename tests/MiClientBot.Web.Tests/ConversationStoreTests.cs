using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Tests;

/// <summary>The optimistic-concurrency contract every conversation store keeps.</summary>
public sealed class ConversationStoreTests
{
    private static readonly ConversationState State = new() { Language = Language.Nb, Inputs = ["hei"] };

    [Fact]
    public async Task TryWrite_NewConversation_StoresVersion1()
    {
        var store = new InMemoryConversationStore();

        Assert.True(await store.TryWriteAsync("c", State, 0, CancellationToken.None));

        var stored = await store.ReadAsync("c", CancellationToken.None);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(["hei"], stored.State.Inputs);
    }

    [Fact]
    public async Task TryWrite_StaleVersion_IsRefusedAndKeepsTheNewerState()
    {
        var store = new InMemoryConversationStore();
        await store.TryWriteAsync("c", State, 0, CancellationToken.None);
        await store.TryWriteAsync("c", State with { Inputs = ["hei", "to"] }, 1, CancellationToken.None);

        var written = await store.TryWriteAsync("c", State with { Inputs = ["hei", "stale"] }, 1, CancellationToken.None);

        Assert.False(written);
        Assert.Equal(["hei", "to"], (await store.ReadAsync("c", CancellationToken.None))!.State.Inputs);
    }

    [Fact]
    public async Task TryWrite_CreateWhenAlreadyCreated_IsRefused()
    {
        var store = new InMemoryConversationStore();
        await store.TryWriteAsync("c", State, 0, CancellationToken.None);

        Assert.False(await store.TryWriteAsync("c", State, 0, CancellationToken.None));
    }

    [Fact]
    public void Serialize_ConversationState_RoundTripsForDurableStores()
    {
        var state = State with { PersonaId = "lasse", Seed = 42, Coach = false };

        var back = ConversationStateSerializer.Deserialize(ConversationStateSerializer.Serialize(state));

        Assert.NotNull(back);
        Assert.Equal(("lasse", Language.Nb, 42L, false), (back.PersonaId, back.Language, back.Seed, back.Coach));
        Assert.Equal(state.Inputs, back.Inputs);
    }

    [Fact]
    public void Deserialize_NotJson_ReturnsNull() =>
        Assert.Null(ConversationStateSerializer.Deserialize("{not json"));
}
