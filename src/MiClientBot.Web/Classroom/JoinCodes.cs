namespace MiClientBot.Web.Classroom;

/// <summary>
/// Short join codes a class reads off the wall and types on a phone: six characters without the ones that are easily
/// confused (0/O, 1/I/L), case-insensitive. The random source is given, so tests get known codes.
/// </summary>
internal sealed class JoinCodes
{
    public const int Length = 6;
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly Func<int, int> _next;

    /// <param name="next">A number in [0, n) for n; the host gives a cryptographic source, as codes are the class's only key.</param>
    public JoinCodes(Func<int, int> next) => _next = next;

    public string Next() => string.Create(Length, _next, static (span, next) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[next(Alphabet.Length)];
        }
    });

    /// <summary>The code as typed ("abc 234", " ABC234 ") in its canonical form, or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
