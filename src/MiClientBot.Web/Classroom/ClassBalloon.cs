using MiClientBot.Core.Conversations;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Web.Classroom;

/// <summary>The class's balloon in the shape of the page's mi.state event, so the wall and the phones draw it with the same code.</summary>
internal static class ClassBalloon
{
    public static MiStateSnapshot Of(SessionState s) =>
        new(s.Turn, s.State.ToName(), s.Resistance.Rounded(), Math.Round(s.Resistance.Pressure, 1), s.LastTalk.ToName());
}
