namespace MiClientBot.Load;

/// <summary>One worker's conversations: each call takes one turn (or one echo) and checks its answer.</summary>
internal interface ITurnDriver
{
    /// <summary>Turns one conversation takes from its start to its last move, for creating exact numbers of sessions.</summary>
    int TurnsPerConversation { get; }

    /// <summary>Null when the turn was answered as it should be; else what went wrong.</summary>
    Task<string?> TurnAsync(CancellationToken cancellationToken);
}
