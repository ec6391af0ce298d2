using System.Text;

namespace MiClientBot.Web.Tests.Fuzz;

/// <summary>Odd text a trainee (or a broken client) can send: huge, control characters, lone surrogates, mixed scripts, commands.</summary>
internal static class FuzzStrings
{
    private static readonly string[] Fixed =
    [
        string.Empty, " ", "\u0000", "\u0000\u0001\u001f\u007f", "\u200b\u200c\u200d\ufeff", "\u202e\u202dreversed\u202c",
        "👩‍👩‍👧‍👦🏳️‍🌈", "e\u0301\u0302\u0303\u0304\u0305\u0306", "\ud800", "\udc00x\ud800", "\uffff\ufffe", "מה שלומך", "你好吗", "Ωμέγα",
        "/", "//", "/start", "/start \u0000", "/start gary xx", "/start 😀 en", "/lang", "/lang 😀", "/undo", "/restart", "/feedback",
        "/coach maybe", "/hint", "/report", "/personas", "/help", "lasse", "Gary", "<at>MI Client</at>", "<script>alert(1)</script>",
        "'; DROP TABLE sessions; --", "{\"type\":\"message\"}", "%s%s%n", "\r\n\r\n", "null", "NaN",
    ];

    public static string Next(Random random) => random.Next(10) switch
    {
        0 => new string('a', random.Next(2_000, 120_000)),
        1 => RandomChars(random, random.Next(1, 400)),
        2 => string.Concat(Enumerable.Repeat("\u0301", random.Next(1, 5_000))),
        3 => Fixed[random.Next(Fixed.Length)] + RandomChars(random, random.Next(0, 20)),
        _ => Fixed[random.Next(Fixed.Length)],
    };

    /// <summary>Any UTF-16 code units, surrogates and controls included.</summary>
    public static string RandomChars(Random random, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append((char)random.Next(0, 0x10000));
        }

        return sb.ToString();
    }
}
