using MiClientBot.Coding;

namespace MiClientBot.Core.Tests.Support;

/// <summary>Coders that read every move as one code, for tests about what the words do beside the code.</summary>
internal sealed class TraineeMoveCoderFor(MitiCode code) : ITraineeMoveCoder
{
    public static TraineeMoveCoderFor Reflections { get; } = new(MitiCode.ReflectionComplex);

    public CodingResult Code(string utterance, Language language, string? previousClient) => new(code, [code], 1, []);
}
