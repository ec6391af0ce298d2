using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using MiClientBot.Core.Options;
using MiClientBot.Core.Personas;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Hosting;

/// <summary>The start-up failures the host refuses with one message (exit code 2) rather than a stack trace.</summary>
internal static class StartupRefusal
{
    /// <summary>The message to print for <paramref name="failure"/>; null when it is not a known refusal.</summary>
    public static string? Describe(Exception failure)
    {
        // The host and the service provider may wrap the refusal (an AggregateException, a failed hosted service).
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (Known(e) is { } message)
            {
                return message;
            }
        }

        return ConfigurationMistake.Describe(failure);
    }

    private static string? Known(Exception failure) => failure switch
    {
        PersonaValidationException or OptionsValidationException or StorageUnavailableException or SettingException => failure.Message,

        // Typically the bot is already running (./run.sh twice), so the hint names both ways out.
        IOException { InnerException: AddressInUseException } => $"{failure.Message} {PortAdvice.For(failure.Message)}",
        _ => null,
    };
}
