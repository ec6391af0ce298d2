using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Voice;

/// <summary>The plain words a phraser is given for the state machine's choices, from the embedded Voice/Data/voice-brief.yaml.</summary>
internal static class VoiceBriefText
{
    private static readonly Lazy<(IReadOnlyDictionary<string, string> Languages, IReadOnlyDictionary<string, string> States,
        IReadOnlyDictionary<string, string> Kinds, IReadOnlyDictionary<string, string> Answer)> Texts = new(() =>
    {
        var root = VoiceData.Load("voice-brief.yaml");
        return (VoiceData.Map(root, "languages"), VoiceData.Map(root, "states"), VoiceData.Map(root, "kinds"), VoiceData.Map(root, "answer"));
    });

    public static string LanguageName(Language language) => Texts.Value.Languages.GetValueOrDefault(language.ToCode(), language.ToCode());

    public static string Situation(ClientState state) => Texts.Value.States.GetValueOrDefault(state.ToName(), string.Empty);

    public static string Move(ReplyKind kind) => Texts.Value.Kinds.GetValueOrDefault(kind.ToPath(), string.Empty);

    public static string Answer(bool answered) => Texts.Value.Answer.GetValueOrDefault(answered ? "answered" : "other", string.Empty);
}
