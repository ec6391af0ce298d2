using Microsoft.Extensions.Options;
using MiClientBot.Voice;

namespace MiClientBot.Web.Voice;

/// <summary>Says at start-up, in one line, where conversation text will be sent (nowhere, unless a voice is configured).</summary>
internal sealed class VoiceStartup(IOptions<VoiceOptions> options, ILogger<VoiceStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.LogInformation("{Voice}", VoiceNotice.Describe(options.Value));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
