namespace MiClientBot.Core.Coding;

/// <summary>The default coder. TEMPORARY stand-in until the real rule + statistical coder lands.</summary>
public sealed class TraineeMoveCoder : ITraineeMoveCoder
{
    /// <summary>Creates the coder with its embedded model.</summary>
    public static TraineeMoveCoder CreateDefault() => new();

    /// <inheritdoc />
    public CodingResult Code(string utterance, Language language, string? previousClient)
    {
        var text = (utterance ?? string.Empty).Trim().ToLowerInvariant();
        MitiCode code;
        if (text.Length == 0)
        {
            code = MitiCode.Other;
        }
        else if (text.Contains("should") || text.Contains("bør") || text.Contains("must") || text.Contains(" må "))
        {
            code = MitiCode.Persuade;
        }
        else if (text.EndsWith('?'))
        {
            code = MitiCode.QuestionOpen;
        }
        else
        {
            code = MitiCode.ReflectionSimple;
        }

        return new CodingResult(code, [code], 0.5, []);
    }
}
