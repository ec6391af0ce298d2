using Microsoft.Extensions.Options;
using MiClientBot.Core.Voice;
using MiClientBot.Voice;

namespace MiClientBot.Web.Diagnostics;

/// <summary>
/// GET /diagnostics/voice: this host's counts of model replies used, rejected (by reason) and timed out.
/// Numbers only: no reply text, no prompt, no key.
/// </summary>
internal static class VoiceDiagnostics
{
    public const string Route = "/diagnostics/voice";

    public static IEndpointRouteBuilder MapVoiceDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (ClientVoice voice, IOptions<VoiceOptions> options) => Results.Json(Figures(voice.Counts, options.Value)));
        return endpoints;
    }

    public static VoiceFigures Figures(VoiceCounts counts, VoiceOptions options) => new(
        options.ProviderName,
        counts[VoiceOutcome.Used],
        counts[VoiceOutcome.TimedOut],
        VoiceOutcomes.All.Where(o => o is not (VoiceOutcome.Used or VoiceOutcome.TimedOut)).ToDictionary(o => o.ToName(), o => counts[o]));
}
