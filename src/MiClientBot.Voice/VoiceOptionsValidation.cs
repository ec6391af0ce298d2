using Microsoft.Extensions.Options;

namespace MiClientBot.Voice;

/// <summary>Runs <see cref="VoiceOptions.Validate"/> on start, so a bad value stops the host or the CLI with its one-line message.</summary>
internal sealed class VoiceOptionsValidation : IValidateOptions<VoiceOptions>
{
    public ValidateOptionsResult Validate(string? name, VoiceOptions options)
    {
        var problems = options.Validate().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
