using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using MiClientBot.Coding;

namespace MiClientBot.Cli.Commands;

/// <summary>
/// `mi-client code --lang L`: each standard-input line is `TRAINEE` or `PREVIOUS_CLIENT&lt;TAB&gt;TRAINEE`;
/// writes one JSON object per line: code, codes, confidence, cues.
/// </summary>
internal static class CodeCommand
{
    /// <summary>Keeps æ, ø, å and quotes readable in the cues instead of \u escapes.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var lang = new Option<string>("--lang") { Description = "en, nb or da", DefaultValueFactory = _ => "en" };
        var command = new Command("code", "Code trainee utterances from standard input, one JSON object per line.");
        command.Options.Add(lang);
        command.SetAction(parse =>
        {
            if (!LanguageCodes.TryParse(parse.GetValue(lang), out var language))
            {
                context.Error.WriteLine($"Unknown language '{parse.GetValue(lang)}': use en, nb or da.");
                return ExitCodes.Usage;
            }

            var coder = TraineeMoveCoder.CreateDefault();
            string? line;
            while ((line = context.In.ReadLine()) is not null)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var previous = tab >= 0 ? line[..tab] : null;
                var trainee = tab >= 0 ? line[(tab + 1)..] : line;
                var result = coder.Code(trainee, language, previous);
                context.Out.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        code = result.Main.ToName(),
                        codes = result.Codes.Select(c => c.ToName()).ToArray(),
                        confidence = result.Confidence,
                        cues = result.Cues,
                    },
                    Json));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
