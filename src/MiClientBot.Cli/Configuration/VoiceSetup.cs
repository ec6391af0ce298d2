using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Voice;
using MiClientBot.Voice;

namespace MiClientBot.Cli.Configuration;

/// <summary>
/// The model voice for `chat`, configured as in the web host: the Voice section of appsettings.json,
/// then user secrets, then environment variables (Voice__Provider, ...), validated before the session starts.
/// </summary>
internal static class VoiceSetup
{
    /// <summary>The voice (off unless configured); false after one line on the error stream for a bad value.</summary>
    public static bool TryCreate(CliContext context, AppConfig config, ConversationFlow flow, out ClientVoice voice)
    {
        var builder = new ConfigurationBuilder();
        var file = Path.Combine(config.BaseDirectory, MiClientBot.Core.Options.SettingsFile.FileName);
        if (File.Exists(file))
        {
            builder.AddJsonFile(file, optional: true);
        }

        var configuration = builder.AddUserSecrets(VoiceOptions.UserSecretsId).AddEnvironmentVariables().Build();
        // Lives as long as the process: the chat client it holds is used until the session ends.
        var services = new ServiceCollection().AddSingleton(flow).AddClientVoice(configuration.GetSection(VoiceOptions.Section)).BuildServiceProvider();
        VoiceOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<VoiceOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            context.Error.WriteLine(string.Join(" ", e.Failures));
            voice = new ClientVoice(flow, null, TimeSpan.Zero);
            return false;
        }

        voice = services.GetRequiredService<ClientVoice>();
        if (options.IsOn)
        {
            // Standard error, so a piped transcript stays what the client and trainee said.
            context.Error.WriteLine(VoiceNotice.Describe(options));
        }

        return true;
    }
}
