namespace MiClientBot.Core.Personas;

/// <summary>The decisional balance: the four cells of the ambivalence cross.</summary>
public sealed record AmbivalenceCross(
    IReadOnlyList<string> StatusQuoAdvantages,
    IReadOnlyList<string> StatusQuoDisadvantages,
    IReadOnlyList<string> ChangeAdvantages,
    IReadOnlyList<string> ChangeDisadvantages);
