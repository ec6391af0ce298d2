using System.Globalization;

namespace MiClientBot.Core.States;

/// <summary>
/// A condition on the turn and the words the diagram shows for it, made together from the same
/// threshold so that what the machine tests and what the diagram says cannot drift apart.
/// </summary>
/// <param name="Description">The condition as the diagram shows it, e.g. "discord >= 60".</param>
/// <param name="Test">The condition itself.</param>
internal sealed record Guard(string Description, Func<TurnContext, bool> Test)
{
    private bool IsDisjunction { get; init; }

    public static Guard AtLeast(string quantity, Func<TurnContext, double> read, double threshold) =>
        new($"{quantity} >= {Number(threshold)}", c => read(c) >= threshold);

    public static Guard AtMost(string quantity, Func<TurnContext, double> read, double threshold) =>
        new($"{quantity} <= {Number(threshold)}", c => read(c) <= threshold);

    public static Guard Below(string quantity, Func<TurnContext, double> read, double threshold) =>
        new($"{quantity} < {Number(threshold)}", c => read(c) < threshold);

    /// <summary>Both hold; shown as "a, b" (the comma reads as "and").</summary>
    public Guard And(Guard other)
    {
        var (first, second) = (Test, other.Test);
        return new($"{Clause(this)}, {Clause(other)}", c => first(c) && second(c));
    }

    /// <summary>Either holds; shown as "a or b".</summary>
    public Guard Or(Guard other)
    {
        var (first, second) = (Test, other.Test);
        return new($"{Description} or {other.Description}", c => first(c) || second(c)) { IsDisjunction = true };
    }

    private static string Clause(Guard guard) => guard.IsDisjunction ? $"({guard.Description})" : guard.Description;

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
