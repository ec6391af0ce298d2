namespace MiClientBot.Web.Classroom;

/// <summary>A joined student: the chat conversation their replies come from and the next client line goes to.</summary>
/// <param name="Key">The conversation's store key ("directline:..."), which /forget names.</param>
/// <param name="ConversationId">The Direct Line conversation the class's lines are delivered to.</param>
/// <param name="UserId">The Direct Line user the lines are addressed to.</param>
/// <param name="Number">Their number in the class; the wall shows "Student 3", never a name.</param>
/// <param name="Initials">Initials of the name they gave, if any; shown beside the number.</param>
internal sealed record ClassStudent(string Key, string ConversationId, string? UserId, int Number, string? Initials)
{
    /// <summary>"AB" from "Anne Berit Nilsen": the first letters of the first two words, at most.</summary>
    public static string? InitialsOf(string? name)
    {
        var words = (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var letters = words.Select(w => w.FirstOrDefault(char.IsLetter)).Where(c => c != default).Take(2).Select(char.ToUpperInvariant);
        var initials = new string([.. letters]);
        return initials.Length == 0 ? null : initials;
    }
}
