using MiClientBot.Web.Protocol;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Turns;

/// <summary>One turn as the bot hands it to the <see cref="TurnPipeline"/>.</summary>
/// <param name="Channel">The inbound activity and the way back to its sender.</param>
/// <param name="Key">The conversation's store key (<see cref="ConversationKeys"/>).</param>
/// <param name="Flow">What the turn does to the conversation.</param>
/// <param name="Source">The trainee's name and words for the transcript; null for turns the trainee did not write.</param>
/// <param name="Typing">Show the typing indicator while the client "thinks".</param>
/// <param name="Deduplicate">The channel may deliver the activity again under its id: run its turn once.</param>
internal sealed record TurnRequest(ActivityTurn Channel, string Key, TurnFlow Flow, TurnSource? Source, bool Typing, bool Deduplicate)
{
    /// <summary>The trainee's words when the model voice may phrase the reply; null for anything else.</summary>
    public string? VoiceText { get; init; }
}
