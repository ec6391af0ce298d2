using System.Text.Json;
using System.Text.RegularExpressions;

namespace MiClientBot.Core.Options;

/// <summary>
/// Turns the exceptions .NET's configuration throws for a user's mistake (a broken appsettings.json, a value of the
/// wrong kind) into one line that names the file or setting and says what would be right, for the web host and the
/// CLI alike: a stack trace tells a new user nothing.
/// </summary>
public static partial class ConfigurationMistake
{
    /// <summary>The line to print for <paramref name="failure"/> (or an exception inside it); null when it is not a configuration mistake.</summary>
    public static string? Describe(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is InvalidDataException && FileLoad().Match(e.Message) is { Success: true } load)
            {
                return BrokenFile(load.Groups["file"].Value, e.InnerException);
            }

            if (e is InvalidOperationException && LogLevel().Match(e.Message) is { Success: true } level)
            {
                return $"Logging:LogLevel '{Shown(level.Groups["value"].Value)}' is not a log level: use Trace, Debug, Information, Warning, Error, Critical or None "
                    + "in the Logging section of appsettings.json (or the Logging__LogLevel__... environment variable).";
            }

            if (e is InvalidOperationException && Conversion().Match(e.Message) is { Success: true } conversion)
            {
                var key = conversion.Groups["key"].Value;
                return $"{key} '{Shown(conversion.Groups["value"].Value)}' must be {Expected(conversion.Groups["type"].Value)}: "
                    + $"correct it in appsettings.json (or in the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}, which wins).";
            }
        }

        return null;
    }

    private static string BrokenFile(string file, Exception? cause)
    {
        for (var e = cause; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                // JsonException counts lines and bytes from 0; an editor counts from 1.
                var where = json.LineNumber is { } line ? $" at line {line + 1}" + (json.BytePositionInLine is { } column ? $", column {column + 1}" : string.Empty) : string.Empty;
                var what = json.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd('.', ' ');
                return $"{file} is not valid JSON{where}: {what}. Fix it there (often a stray or missing comma, quote or brace).";
            }
        }

        var reason = cause?.InnerException?.Message ?? cause?.Message ?? "it cannot be read";
        return $"{file} cannot be used: {reason.TrimEnd('.')}. Fix the file.";
    }

    // The value as typed, cut short: a line, not a page.
    private static string Shown(string value) => value.Length > 60 ? value[..60] + "..." : value;

    private static string Expected(string typeName) => typeName switch
    {
        "System.Boolean" => "true or false",
        "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt16" or "System.UInt32" or "System.UInt64" or "System.Byte" => "a whole number",
        "System.Single" or "System.Double" or "System.Decimal" => "a number",
        "System.TimeSpan" => "a duration written hh:mm:ss, e.g. 00:30:00 (or d.hh:mm:ss)",
        "System.Uri" => "an absolute URL",
        "System.Guid" => "a GUID",
        _ when EnumNamed(typeName) is { } type => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => $"a {typeName.Split('.')[^1]}",
    };

    private static Type? EnumNamed(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is { IsEnum: true });

    // Microsoft.Extensions.Configuration's wording: the file when it cannot be parsed, the key when a value cannot be converted.
    [GeneratedRegex(@"^Failed to load configuration from file '(?<file>.+)'\.", RegexOptions.CultureInvariant)]
    private static partial Regex FileLoad();

    [GeneratedRegex(@"^Configuration value '(?<value>.*)' is not supported\.", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LogLevel();

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'\.", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Conversion();
}
