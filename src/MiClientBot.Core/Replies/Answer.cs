using MiClientBot.Core.Personas;

namespace MiClientBot.Core.Replies;

/// <summary>The client's answer about what the trainee asked.</summary>
/// <param name="Topic">The topic answered.</param>
/// <param name="Stance">How willing the answer is.</param>
/// <param name="Kind">The bank the answer stands for in the report (its talk and DARN-CAT subtype).</param>
/// <param name="Bank">The answer bank's number for the session's memory of used lines.</param>
/// <param name="Index">The line's index in the bank.</param>
/// <param name="Line">The words, numbers filled in.</param>
/// <param name="Number">The number given on a ruler, if any.</param>
internal sealed record Answer(string Topic, Stance Stance, ReplyKind Kind, int Bank, int Index, string Line, int? Number);
