namespace MiClientBot.Web.Protocol;

/// <summary>Buttons shown under a message until the user answers (the fallback where cards do not render).</summary>
internal sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }

    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
