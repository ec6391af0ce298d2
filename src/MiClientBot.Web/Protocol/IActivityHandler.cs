namespace MiClientBot.Web.Protocol;

/// <summary>What the bot does with one authenticated, well-formed activity; the protocol layer does the rest.</summary>
internal interface IActivityHandler
{
    /// <summary>Handles the activity, sending replies through the turn; returns the answer for invokes, else null.</summary>
    Task<InvokeResponse?> HandleAsync(ActivityTurn turn, CancellationToken cancellationToken);
}
