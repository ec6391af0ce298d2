using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Fuzz;

/// <summary>
/// Every input in the fuzz corpus, against a host on a real socket (Kestrel checks headers the in-memory server does
/// not): it gets its fixed answer, never a 5xx, and the host goes on serving.
/// </summary>
public sealed class CorpusTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private HttpClient _http = null!;

    public static TheoryData<string> Entries => [.. FuzzCorpus.All.Select(e => e.Name)];

    public Task InitializeAsync()
    {
        _host = new BotHost(new() { ["Instructor:Key"] = FuzzCorpus.InstructorKey });
        _http = new HttpClient { BaseAddress = new Uri(_host.StartOnLoopback()) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task Post_CorpusEntry_AnswersItsStatusAndTheHostStaysUp(string name)
    {
        var entry = FuzzCorpus.All.Single(e => e.Name == name);
        var (conversation, token) = entry.NeedsDirectLineToken ? await OpenDirectLineAsync() : (null, null);
        using var request = entry.Request(conversation, token);

        using var response = await _http.SendAsync(request);

        Assert.True((int)response.StatusCode == entry.Expect, $"{name}: answered {(int)response.StatusCode}, expected {entry.Expect}: {await response.Content.ReadAsStringAsync()}");
        Assert.False(response.Headers.Contains("Retry-After"), $"{name}: a Retry-After invites the channel to send it again");
        Assert.Equal("ok", await _http.GetStringAsync("/healthz"));
    }

    private async Task<(string Conversation, string Token)> OpenDirectLineAsync()
    {
        var client = new DirectLineClient(_http);
        await client.StartAsync("en-US");
        return (client.ConversationId!, client.Token!);
    }
}
