using MiClientBot.Coding;

namespace MiClientBot.Core.Tests.Support;

/// <summary>
/// A coder that reads the code from the utterance itself ("reflection-complex: You feel torn."), so that
/// tests of the client's dynamics do not depend on the coder's accuracy.
/// </summary>
internal sealed class ScriptedCoder : ITraineeMoveCoder
{
    public CodingResult Code(string utterance, Language language, string? previousClient)
    {
        var colon = utterance.IndexOf(':', StringComparison.Ordinal);
        var code = colon > 0 && MitiCodes.TryParse(utterance[..colon], out var c) ? c : MitiCode.Other;
        return new CodingResult(code, [code], 1, []);
    }
}
