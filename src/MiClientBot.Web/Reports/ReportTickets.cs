using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Web.DirectLine;

namespace MiClientBot.Web.Reports;

/// <summary>
/// Report links that outlive the host: "{session}.{moves}.{signature}". The report is rebuilt from the stored session
/// (its first <c>moves</c> inputs replay exactly), so a link keeps working after a restart and stops working when the
/// session is forgotten or swept, as the trainee's data should. The signature, keyed by the host's persisted signing
/// key, covers the persona, language, seed and those inputs: the link cannot be guessed from a session id, and a later
/// role-play in the same conversation is never shown in place of the one the link was made for.
/// </summary>
internal sealed class ReportTickets
{
    private const int SignatureBytes = 16;

    private readonly byte[] _key;

    public ReportTickets(TokenSigningKey signing) =>
        _key = HMACSHA256.HashData(signing.Key.Key, "MiClientBot report links"u8);

    /// <summary>The ticket of the report made from <paramref name="state"/> in session <paramref name="sessionId"/>.</summary>
    public string For(string sessionId, ConversationState state) =>
        $"{sessionId}.{state.Inputs.Count.ToString(CultureInfo.InvariantCulture)}.{Base64Url.EncodeToString(Sign(sessionId, state, state.Inputs.Count))}";

    /// <summary>The session and move count a ticket names, or false when it is not shaped like one.</summary>
    public static bool TryRead(string ticket, out string sessionId, out int moves) => TryRead(ticket, out sessionId, out moves, out _);

    /// <summary>The state as it was when the ticket was made, or null when the stored session is no longer that one.</summary>
    public ConversationState? Rewind(string ticket, ConversationState stored)
    {
        if (!TryRead(ticket, out var sessionId, out var moves, out var signature) || moves > stored.Inputs.Count || stored.PersonaId is null)
        {
            return null;
        }

        var then = stored with { Inputs = [.. stored.Inputs.Take(moves)] };
        Span<byte> given = stackalloc byte[SignatureBytes + 2];
        return Base64Url.TryDecodeFromChars(signature, given, out var length) && length == SignatureBytes
            && CryptographicOperations.FixedTimeEquals(given[..length], Sign(sessionId, then, moves))
            ? then
            : null;
    }

    private static bool TryRead(string ticket, out string sessionId, out int moves, out string signature)
    {
        var parts = ticket.Split('.');
        (sessionId, signature, moves) = (parts[0], parts[^1], 0);
        return parts.Length == 3 && sessionId.Length > 0
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out moves);
    }

    private byte[] Sign(string sessionId, ConversationState state, int moves)
    {
        var text = new StringBuilder()
            .Append(sessionId).Append('\n')
            .Append(state.PersonaId).Append('\n')
            .Append(state.Language.ToCode()).Append('\n')
            .Append(state.Seed.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(moves.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < moves; i++)
        {
            // Inputs are trimmed single messages; a separator that cannot be typed keeps ("ab","c") apart from ("a","bc").
            text.Append('\u0000').Append(state.Inputs[i]);
        }

        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text.ToString()))[..SignatureBytes];
    }
}
