namespace MiClientBot.Load;

/// <summary>
/// What the load's trainees say to Gary: MI-consistent moves of every kind the coder tells apart, all
/// different, so a conversation neither walks out nor trips the repetition rule and every turn ends
/// with a balloon event the tool can count.
/// </summary>
internal static class TraineeScript
{
    public const string Start = "/start gary en";

    private static readonly string[] Lines =
    [
        "What brings you here today?",
        "You're not sure the liver tests mean all that much.",
        "It sounds like the call from your GP took you by surprise.",
        "What would you like to be different a year from now?",
        "You've been carrying a lot on your own lately.",
        "It's entirely your decision what you do with this.",
        "On the one hand a drink with your mates matters to you, and on the other you worry about your health.",
        "How does your family see your drinking?",
        "You care a great deal about being there for your grandchildren.",
        "What have you tried before that worked, even for a while?",
        "You'd want any change to be on your own terms.",
        "Would it be all right if I shared what some people in your situation have found helpful?",
        "So far you've told me the tests worried you, that your family matters, and that you want to decide for yourself.",
        "What might be a first small step, if any?",
        "You're weighing it up carefully.",
        "What makes this the right time to think about it, or not?",
    ];

    public static string Line(int move) => Lines[move % Lines.Length];
}
