namespace MiClientBot.Core.Sessions;

/// <summary>Names of <see cref="ClientState"/> as used in JSON, e.g. "autonomy-defence".</summary>
public static class ClientStates
{
    /// <summary>The state's name in output.</summary>
    public static string ToName(this ClientState state) => state switch
    {
        ClientState.Engaging => "engaging",
        ClientState.Exploring => "exploring",
        ClientState.Evoking => "evoking",
        ClientState.Planning => "planning",
        ClientState.Committed => "committed",
        ClientState.AutonomyDefence => "autonomy-defence",
        ClientState.Discord => "discord",
        _ => "walked-out",
    };
}
