using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Hosting;

/// <summary>Runs an options class's own Validate() at start, so a bad appsettings.json stops the host with its message.</summary>
internal sealed class OptionsProblems<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    private readonly Func<TOptions, IEnumerable<string>> _validate;

    public OptionsProblems(Func<TOptions, IEnumerable<string>> validate) => _validate = validate;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = _validate(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
