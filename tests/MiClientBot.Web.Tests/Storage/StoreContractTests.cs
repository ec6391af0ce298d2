using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>
/// The contract every conversation store keeps (memory, SQLite, PostgreSQL run the same tests):
/// optimistic concurrency, the transcript written with its turn, the archive, deletion and retention.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private static readonly ConversationState State = new() { Language = Language.Nb, Inputs = ["hei"] };

    private protected ManualTime Time { get; } = new();

    /// <summary>A store on a fresh, empty backing.</summary>
    private protected abstract Task<IConversationStore> OpenAsync();

    /// <summary>A second store instance on the same backing (another host), or the same one for memory.</summary>
    private protected abstract Task<IConversationStore> OpenSecondAsync();

    private IConversationStore _store = null!;

    private IConversationArchive Archive => (IConversationArchive)_store;

    public async Task InitializeAsync() => _store = await OpenAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task TryWrite_NewConversation_StoresVersion1()
    {
        Assert.True(await _store.TryWriteAsync("c", State, 0, CancellationToken.None));

        var stored = await _store.ReadAsync("c", CancellationToken.None);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(["hei"], stored.State.Inputs);
        Assert.Equal(Language.Nb, stored.State.Language);
    }

    [SkippableFact]
    public async Task TryWrite_StaleVersion_IsRefusedAndKeepsTheNewerState()
    {
        await _store.TryWriteAsync("c", State, 0, CancellationToken.None);
        await _store.TryWriteAsync("c", State with { Inputs = ["hei", "to"] }, 1, CancellationToken.None);

        var written = await _store.TryWriteAsync("c", State with { Inputs = ["hei", "stale"] }, 1, CancellationToken.None);

        Assert.False(written);
        var stored = await _store.ReadAsync("c", CancellationToken.None);
        Assert.Equal(["hei", "to"], stored!.State.Inputs);
        Assert.Equal(2, stored.Version);
    }

    [SkippableFact]
    public async Task TryWrite_CreateWhenAlreadyCreated_IsRefused()
    {
        await _store.TryWriteAsync("c", State, 0, CancellationToken.None);

        Assert.False(await _store.TryWriteAsync("c", State with { Inputs = ["other"] }, 0, CancellationToken.None));
        Assert.Equal(["hei"], (await _store.ReadAsync("c", CancellationToken.None))!.State.Inputs);
    }

    [SkippableFact]
    public async Task Read_UnknownConversation_ReturnsNull() =>
        Assert.Null(await _store.ReadAsync("nobody", CancellationToken.None));

    [SkippableFact]
    public async Task Find_TurnsWithTranscript_KeepsLinesInOrderWithTraineeName()
    {
        await _store.TryWriteAsync("teams:1", Write(State, "Kari", Line(Speaker.Trainee, "Hei Lasse"), Line(Speaker.Client, "Hei.")), 0, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        await _store.TryWriteAsync("teams:1", Write(State with { Inputs = ["hei", "to"] }, null, Line(Speaker.Trainee, "Hva bringer deg hit?"), Line(Speaker.Client, "Legen.")), 1, CancellationToken.None);

        var found = await Archive.FindAsync(SessionIds.Of("teams:1"), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal("Kari", found.Trainee);
        Assert.Equal(["Hei Lasse", "Hei.", "Hva bringer deg hit?", "Legen."], found.Transcript.Select(l => l.Text));
        Assert.Equal([Speaker.Trainee, Speaker.Client, Speaker.Trainee, Speaker.Client], found.Transcript.Select(l => l.Speaker));
        Assert.Equal(Time.GetUtcNow(), found.Transcript[^1].At);
        Assert.Equal(Time.GetUtcNow() - TimeSpan.FromMinutes(1), found.StartedAt);
        Assert.Equal(Time.GetUtcNow(), found.UpdatedAt);
    }

    [SkippableFact]
    public async Task TryWrite_RefusedWrite_AddsNoTranscriptLine()
    {
        await _store.TryWriteAsync("c", Write(State, "Kari", Line(Speaker.Trainee, "first")), 0, CancellationToken.None);
        await _store.TryWriteAsync("c", Write(State, null, Line(Speaker.Trainee, "second")), 1, CancellationToken.None);

        var refused = await _store.TryWriteAsync("c", Write(State, "Mallory", Line(Speaker.Trainee, "lost race")), 1, CancellationToken.None);

        Assert.False(refused);
        var found = await Archive.FindAsync(SessionIds.Of("c"), CancellationToken.None);
        Assert.Equal(["first", "second"], found!.Transcript.Select(l => l.Text));
        Assert.Equal("Kari", found.Trainee);
    }

    [SkippableFact]
    public async Task List_SeveralConversations_MostRecentFirst()
    {
        await _store.TryWriteAsync("a", Write(State, "Ann"), 0, CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(5));
        await _store.TryWriteAsync("b", Write(State, "Bo"), 0, CancellationToken.None);

        var list = await Archive.ListAsync(CancellationToken.None);

        Assert.Equal(["Bo", "Ann"], list.Select(c => c.Trainee));
        Assert.Equal([SessionIds.Of("b"), SessionIds.Of("a")], list.Select(c => c.Id));
    }

    [SkippableFact]
    public async Task Delete_Conversation_RemovesStateAndTranscriptAndAllowsANewStart()
    {
        await _store.TryWriteAsync("c", Write(State, "Kari", Line(Speaker.Trainee, "private words")), 0, CancellationToken.None);

        Assert.True(await Archive.DeleteAsync("c", CancellationToken.None));

        Assert.Null(await _store.ReadAsync("c", CancellationToken.None));
        Assert.Null(await Archive.FindAsync(SessionIds.Of("c"), CancellationToken.None));
        Assert.False(await Archive.DeleteAsync("c", CancellationToken.None));
        Assert.True(await _store.TryWriteAsync("c", Write(State, null, Line(Speaker.Trainee, "again")), 0, CancellationToken.None));
        Assert.Equal(["again"], (await Archive.FindAsync(SessionIds.Of("c"), CancellationToken.None))!.Transcript.Select(l => l.Text));
    }

    [SkippableFact]
    public async Task DeleteOlderThan_IdleAndActiveConversations_DeletesOnlyTheIdle()
    {
        await _store.TryWriteAsync("idle", Write(State, "Idle", Line(Speaker.Trainee, "old")), 0, CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(10));
        await _store.TryWriteAsync("active", Write(State, "Active", Line(Speaker.Trainee, "new")), 0, CancellationToken.None);

        var deleted = await Archive.DeleteOlderThanAsync(Time.GetUtcNow() - TimeSpan.FromDays(5), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(["Active"], (await Archive.ListAsync(CancellationToken.None)).Select(c => c.Trainee));
        Assert.Null(await _store.ReadAsync("idle", CancellationToken.None));
    }

    [SkippableFact]
    public async Task RunTurns_TwoStoreInstancesInterleaving_NoTurnIsLost()
    {
        var second = await OpenSecondAsync();
        var hosts = new[] { TestPipelines.Over(_store, Time), TestPipelines.Over(second, Time) };

        // Twenty turns at once, alternating between the two "hosts", on one conversation.
        var turns = Enumerable.Range(1, 20).Select(i => hosts[i % 2].RunAsync(
            "shared",
            state => ((state ?? State with { Inputs = [] }) with { Inputs = [.. (state?.Inputs ?? []), $"move {i}"] }, [new ClientSaid("Lasse", $"reply {i}")]),
            new TurnSource("Kari", $"move {i}")));
        await Task.WhenAll(turns);

        var stored = await _store.ReadAsync("shared", CancellationToken.None);
        Assert.Equal(20, stored!.Version);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"move {i}").Order(), stored.State.Inputs.Order());
        var transcript = (await Archive.FindAsync(SessionIds.Of("shared"), CancellationToken.None))!.Transcript;
        Assert.Equal(40, transcript.Count);

        // Every move is followed by its own reply: a retried turn left nothing of its lost attempt.
        for (var i = 0; i < transcript.Count; i += 2)
        {
            Assert.Equal(transcript[i].Text.Replace("move", "reply", StringComparison.Ordinal), transcript[i + 1].Text);
        }

        Assert.Equal(stored.State.Inputs, transcript.Where(l => l.Speaker == Speaker.Trainee).Select(l => l.Text));
    }

    [SkippableFact]
    public async Task RunTurn_AnotherHostWritesInBetween_TurnIsRetriedOnTheNewerState()
    {
        var other = await OpenSecondAsync();
        await _store.TryWriteAsync("c", State, 0, CancellationToken.None);
        var computed = 0;

        await TestPipelines.Over(_store, Time).RunAsync("c", state =>
        {
            if (Interlocked.Increment(ref computed) == 1)
            {
                // The other host stores its turn after this one read: this write must fail and be redone.
                Assert.True(other.TryWriteAsync("c", state! with { Inputs = [.. state.Inputs, "other host"] }, 1, CancellationToken.None).GetAwaiter().GetResult());
            }

            return (state! with { Inputs = [.. state.Inputs, "this host"] }, []);
        }, new TurnSource(null, "this host"));

        Assert.Equal(2, computed);
        var stored = await _store.ReadAsync("c", CancellationToken.None);
        Assert.Equal(["hei", "other host", "this host"], stored!.State.Inputs);
        Assert.Equal(3, stored.Version);
    }

    private TranscriptLine Line(Speaker speaker, string text) => new(Time.GetUtcNow(), speaker, text);

    private static ConversationWrite Write(ConversationState state, string? trainee, params TranscriptLine[] lines) => new(state, trainee, lines);
}
