using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MiClientBot.Web.Hosting;

/// <summary>What to say when the address is taken: which port is busy, and a nearby one that is free right now.</summary>
internal static partial class PortAdvice
{
    private const int Tries = 50;

    /// <summary>The advice for Kestrel's "Failed to bind to address http://HOST:PORT: address already in use." message.</summary>
    public static string For(string bindFailure)
    {
        var match = BoundAddress().Match(bindFailure);
        if (!match.Success || !int.TryParse(match.Groups["port"].Value, out var busy))
        {
            return "Another program (perhaps MiClientBot itself) is listening there: stop it, or start this one on another address, e.g. --urls http://localhost:3979.";
        }

        var free = FreePortAfter(busy);
        var suggestion = free is null ? "another port" : $"a free one, e.g. --urls http://localhost:{free}";
        return $"Another program (perhaps MiClientBot itself) is listening on port {busy}: stop it, or start this one on {suggestion}.";
    }

    private static int? FreePortAfter(int busy)
    {
        for (var port = busy + 1; port <= Math.Min(busy + Tries, IPEndPoint.MaxPort); port++)
        {
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken too: try the next one.
            }
        }

        return null;
    }

    [GeneratedRegex(@"address (?<scheme>https?)://(?<host>\[[^\]]+\]|[^:/\s]+):(?<port>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex BoundAddress();
}
