using MiClientBot.Coding.Analysis;
using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Model;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding;

/// <summary>
/// The default coder: per-language cue lexicons for the fine MITI codes, plus a hashed-feature
/// logistic regression (trained on AnnoMI, embedded in the assembly) for the question /
/// reflection / information / other decision, and per-language heads trained on typed chat moves
/// that read the fine code beside the rules. Stateless after construction, so one instance may be
/// shared by any number of threads.
/// </summary>
public sealed class TraineeMoveCoder : ITraineeMoveCoder
{
    private static readonly Lazy<TraineeMoveCoder> Default = new(() =>
        new TraineeMoveCoder(CoderModel.LoadEmbedded(), CoderModel.LoadEmbeddedMoveModels()));

    private readonly MoveDecider decider;

    /// <summary>A coder over <paramref name="model"/>, or on rules alone when it is null (see <see cref="CreateDefault"/> for the shipped one).</summary>
    public TraineeMoveCoder(CoderModel? model)
        : this(model, null)
    {
    }

    /// <summary>
    /// A coder over the AnnoMI <paramref name="model"/> and the chat-move models per language
    /// (<see cref="CoderModel.LoadEmbeddedMoveModels"/>); either may be null or empty.
    /// </summary>
    public TraineeMoveCoder(CoderModel? model, IReadOnlyDictionary<Language, CoderModel>? moveModels)
    {
        Model = model;
        decider = new MoveDecider(model, moveModels);
    }

    /// <summary>The statistical part, or null when running on rules alone.</summary>
    internal CoderModel? Model { get; }

    /// <summary>Creates the coder with its embedded model (loaded once and shared).</summary>
    public static TraineeMoveCoder CreateDefault() => Default.Value;

    /// <inheritdoc />
    public CodingResult Code(string utterance, Language language, string? previousClient)
    {
        try
        {
            return CodeUnchecked(utterance, language, previousClient);
        }
#pragma warning disable CA1031 // The contract is "never throws": a coding bug must not end a training session.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Unreadable(CueTemplates.Uncodable.En);
        }
    }

    private CodingResult CodeUnchecked(string utterance, Language language, string? previousClient)
    {
        if (InputGuard.Reject(utterance) is { } reason)
        {
            return Unreadable(reason);
        }

        var move = Analyze(utterance, language, previousClient);
        return decider.Decide(move, move.Pack.Language == Language.En);
    }

    /// <summary>Reads a move as the coder does; training the chat-move models reads it the same way.</summary>
    internal static MoveAnalysis Analyze(string utterance, Language language, string? previousClient)
    {
        var text = Tokenizer.Tokenize(utterance);
        CasualSpellings.Standardize(text, LanguagePacks.For(language));
        if (language != Language.En)
        {
            // Trainees in nb/da sessions switch into English mid-sentence ("så you feel that...").
            CasualSpellings.Standardize(text, LanguagePacks.For(Language.En));
        }

        var (english, scandinavian) = LanguageMix.Count(text);

        // A move written wholly, or mostly, in the other language family is coded with that family's cues:
        // Scandinavian trainees switch into English mid-move ("Så the baby was the reason du sluttet").
        var effective = language;
        if (language != Language.En && english >= 3 && english > scandinavian)
        {
            effective = Language.En;
        }
        else if (language == Language.En && scandinavian >= 3 && scandinavian > english)
        {
            effective = Language.Nb;
        }

        var pack = LanguagePacks.For(effective);
        var other = effective == Language.En ? (scandinavian >= 2 ? LanguagePacks.For(language == Language.En ? Language.Nb : language) : null)
            : (english >= 2 ? LanguagePacks.For(Language.En) : null);
        return MoveAnalyzer.Analyze(text, ClientLines.For(previousClient, pack), pack, other, switched: effective != language);
    }

    private static CodingResult Unreadable(string reason) => new(MitiCode.Other, [MitiCode.Other], 0.99, [reason]);
}
