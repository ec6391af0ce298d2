using MiClientBot.Coding;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Tests.Support;

/// <summary>Scripted trainees, as MITI codes (the words do not matter to <see cref="ScriptedCoder"/>).</summary>
internal static class Scripts
{
    /// <summary>Good MI: open questions, many (mostly complex) reflections, affirmation, autonomy support.</summary>
    public static readonly string[] GoodMi =
    [
        "question-open", "reflection-simple", "reflection-complex", "affirm", "question-open", "reflection-complex",
        "emphasizing-autonomy", "reflection-complex", "question-open", "reflection-simple", "reflection-complex",
        "affirm", "reflection-complex", "seeking-collaboration", "reflection-complex", "question-open",
        "reflection-complex", "reflection-simple", "affirm", "reflection-complex", "seeking-collaboration",
        "reflection-complex", "question-open", "reflection-complex", "emphasizing-autonomy", "reflection-complex",
        "question-open", "reflection-complex", "seeking-collaboration", "reflection-complex",
    ];

    /// <summary>The righting reflex: advice, warnings and corrections without permission.</summary>
    public static readonly string[] RightingReflex =
    [
        "giving-information", "persuade", "persuade", "confront", "persuade", "question-closed", "confront",
        "persuade", "confront", "persuade", "confront", "persuade", "confront", "persuade", "confront",
    ];

    /// <summary>Plays <paramref name="codes"/>; each line gets a distinct text so repetition does not interfere.</summary>
    public static List<TurnResult> Play(ClientEngine engine, string persona, Language language, IEnumerable<string> codes, long seed = 1)
    {
        var state = engine.Start(persona, language, seed).State;
        var results = new List<TurnResult>();
        var i = 0;
        foreach (var code in codes)
        {
            var result = engine.Respond(state, $"{code}: line {i++} {code}");
            results.Add(result);
            state = result.State;
            if (result.Ended)
            {
                break;
            }
        }

        return results;
    }
}
