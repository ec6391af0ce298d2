using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Conversations;

public class CoachTests
{
    private static readonly ConversationFlow Flow = new(new ClientEngine(Catalogs.Scenarios, TraineeMoveCoder.CreateDefault()));

    /// <summary>Moves through the real coder, the last one pushing, and the cue its hint must quote.</summary>
    public static TheoryData<string, Language, string[], string> PushingMoves() => new()
    {
        { "lasse", Language.Nb, ["Hva bringer deg hit?", "Du bør slutte å drikke."], "(du sa «du bør» – et direktiv (råd eller ordre uten tillatelse))" },
        { "lasse", Language.Nb, ["Du lyver for deg selv."], "(du sa «lyver» – en konfrontasjon (å være uenig, sette merkelapper eller skambelegge))" },
        { "mads", Language.Da, ["Hvad bringer dig her?", "Du skal stoppe med at drikke."], "(du sagde »du skal« – et direktiv (råd eller ordre uden tilladelse))" },
        { "mads", Language.Da, ["Du lyver for dig selv."], "(du sagde »lyver« – en konfrontation (at være uenig, sætte etiketter på eller udskamme))" },
        { "gary", Language.En, ["What brings you here?", "You should stop now."], "(you said 'you should' - a directive (advice or an order without permission))" },
    };

    [Theory]
    [MemberData(nameof(PushingMoves))]
    public void After_PushingMove_HintQuotesTheCueInTheSessionLanguage(string persona, Language language, string[] lines, string cue)
    {
        var state = Flow.Start(new ConversationState { Coach = true }, persona, language).State;
        foreach (var line in lines[..^1])
        {
            state = Flow.Handle(state, line).State;
        }

        var hint = Assert.Single(Flow.Handle(state, lines[^1]).Outputs.OfType<CoachHint>()).Text;

        // That the localized cue holds no English words is the coder's to show (CueTextTests).
        Assert.True(hint.Contains(cue, StringComparison.Ordinal), hint);
    }
}
