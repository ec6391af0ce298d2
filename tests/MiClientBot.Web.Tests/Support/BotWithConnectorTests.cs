namespace MiClientBot.Web.Tests.Support;

/// <summary>Base of tests that talk to an anonymous host whose replies reach a fake connector on loopback.</summary>
public abstract class BotWithConnectorTests : IAsyncLifetime
{
    internal FakeConnector Connector { get; private set; } = null!;

    internal BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = BotHost.Anonymous();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
