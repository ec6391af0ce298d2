using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>What trainees write never reaches the logs, at any level, even when the connector fails.</summary>
public sealed class LoggingPrivacyTests
{
    private const string Secret = "My brother Ole drinks every night since the divorce";

    [Fact]
    public async Task PostMessage_WithTraceLoggingAndAFailingConnector_NoMessageTextInLogs()
    {
        using var folder = new TempFolder();
        var logs = new CapturedLogs();
        await using var connector = await FakeConnector.StartAsync();
        await using var host = new BotHost(
            new() { ["Storage:Provider"] = "Sqlite", ["Storage:SqliteFile"] = folder.File("sessions.db") },
            services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Trace);
            });

        await host.PostAsync(Teams.PersonalMessage(connector.ServiceUrl, "/start gary en", id: "1700000000100"));
        await host.PostAsync(Teams.PersonalMessage(connector.ServiceUrl, Secret, id: "1700000000101"));
        connector.FailNext(20);
        await host.PostAsync(Teams.PersonalMessage(connector.ServiceUrl, Secret + " again", id: "1700000000102"));
        await host.PostAsync(Teams.PersonalMessage(connector.ServiceUrl, "/forget", id: "1700000000103"));

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Ole drinks", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("divorce", StringComparison.OrdinalIgnoreCase));
    }
}
