using MiClientBot.Core.Sessions;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// What a round starts from: the client's state and the line the class answers. The class conversation gives it (the
/// client's answer to the picked reply); a drill can give one of its scenes instead, so drills run in class the same way.
/// </summary>
/// <param name="State">The client as the round begins; every reply is tried on it.</param>
/// <param name="ClientLine">The client's words the students answer with their third reply.</param>
/// <param name="Source">Where the line came from ("class" or e.g. a drill's id), for the report.</param>
/// <param name="Scene">For a drill: the scene and the helper's first move, shown before the client's line.</param>
/// <param name="Helper">For a drill: what the helper said that the client answers.</param>
internal sealed record RoundOpening(SessionState State, string ClientLine, string Source = RoundOpening.ClassSource, string? Scene = null, string? Helper = null)
{
    public const string ClassSource = "class";

    /// <summary>The source of a round a drill opened: "drill:" and the drill's id.</summary>
    public const string DrillPrefix = "drill:";
}
