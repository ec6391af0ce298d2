namespace MiClientBot.Core.Drills;

/// <summary>What a drill set's summary needs of one answered drill (small, so a chat can store it).</summary>
/// <param name="Id">The drill's id.</param>
/// <param name="Verdict">What the reply did with the resistance.</param>
/// <param name="PressureChange">Pressure after minus before, rounded to one decimal.</param>
public sealed record DrillTally(string Id, DrillVerdict Verdict, double PressureChange);
