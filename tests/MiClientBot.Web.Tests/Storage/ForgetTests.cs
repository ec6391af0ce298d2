using MiClientBot.Web.Storage;
using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>/forget: a trainee deletes their own session, and is told so in the session's language.</summary>
public sealed class ForgetTests : IAsyncLifetime
{
    private const string Key = "msteams:a:1xYzPersonalChatWithKari";

    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = BotHost.Anonymous();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task PostForget_DuringANorwegianSession_DeletesSessionAndTranscriptAndConfirmsInNorwegian()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse nb", id: "1700000000100"));
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "Du er lei av ventelista.", id: "1700000000101"));
        _connector.Clear();

        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/forget", id: "1700000000102"));

        Assert.Equal("Samtalen din og referatet av den er slettet. Skriv hva som helst for å starte en ny.", Assert.Single(_connector.Messages).Text);
        Assert.Null(await _host.Store.ReadAsync(Key, CancellationToken.None));
        var archive = _host.Services.GetRequiredService<IConversationArchive>();
        Assert.Empty(await archive.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PostMessage_AfterForget_StartsAFreshConversation()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start gary en", id: "1700000000100"));
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/FORGET ", id: "1700000000101"));
        _connector.Clear();

        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start gary en", id: "1700000000102"));

        var stored = await _host.Store.ReadAsync(Key, CancellationToken.None);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(0, stored.State.Session!.Turn);
        Assert.Contains(_connector.Replies, r => r.Name == "mi.state");
    }

    [Fact]
    public async Task PostForget_NothingStored_SaysSoInTheChannelLanguage()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/forget", id: "1700000000100", locale: "da-DK"));

        Assert.Equal("Der er ikke gemt noget om denne samtale.", Assert.Single(_connector.Messages).Text);
        Assert.Null(await _host.Store.ReadAsync(Key, CancellationToken.None));
    }
}
