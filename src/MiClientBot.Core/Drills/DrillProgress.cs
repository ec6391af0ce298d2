namespace MiClientBot.Core.Drills;

/// <summary>
/// A drill set running inside a chat conversation: which drill is next and what the answered ones did.
/// The drills themselves are not stored; they are read again from the catalog by persona and language.
/// </summary>
/// <param name="Seed">The seed the set started from; drill i is played from Seed + i.</param>
/// <param name="Index">The drill waiting for its third reply (0-based).</param>
/// <param name="Done">The answered drills, for the summary.</param>
public sealed record DrillProgress(long Seed, int Index, IReadOnlyList<DrillTally> Done);
