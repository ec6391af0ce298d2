using MiClientBot.Core.Personas;
using MiClientBot.Web.Storage;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Hosting;

/// <summary>The start-up failures the host refuses with one message (exit code 2) rather than a stack trace.</summary>
internal static class StartupRefusal
{
    /// <summary>The message to print for <paramref name="failure"/>; null when it is not a known refusal.</summary>
    public static string? Describe(Exception failure) => failure switch
    {
        PersonaValidationException or OptionsValidationException or StorageUnavailableException => failure.Message,

        // Typically the bot is already running (./run.sh twice), so the hint names both ways out.
        IOException { InnerException: AddressInUseException } =>
            $"{failure.Message} Another program (perhaps MiClientBot itself) is listening there: stop it, or start this one on another address, e.g. --urls http://localhost:3979.",
        _ => null,
    };
}
