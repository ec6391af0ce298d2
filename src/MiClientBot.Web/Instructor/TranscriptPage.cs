using System.Globalization;
using System.Net;
using System.Text;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Instructor;

/// <summary>A session's transcript as a plain, printable HTML page.</summary>
internal static class TranscriptPage
{
    public static string Write(SessionView session, IReadOnlyList<TranscriptLine> lines)
    {
        var client = session.PersonaName ?? "Client";
        var trainee = session.Trainee ?? "Trainee";
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"").Append(session.Language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Transcript: ").Append(E(trainee)).Append(" with ").Append(E(client)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(InstructorEndpoints.Route).Append("/assets/instructor.css\"></head><body><main>")
            .Append("<p><a href=\"").Append(InstructorEndpoints.Route).Append("\">All sessions</a></p>")
            .Append("<h1>").Append(E(trainee)).Append(" with ").Append(E(client)).Append("</h1>")
            .Append("<p>").Append(session.Turns).Append(" turns, ").Append(E(session.State ?? "no role-play yet")).Append(".</p>");
        if (lines.Count == 0)
        {
            html.Append("<p>No lines are stored for this session.</p>");
        }
        else
        {
            html.Append("<ol class=\"transcript\">");
            foreach (var line in lines)
            {
                var who = line.Speaker == Speaker.Client ? client : trainee;
                html.Append("<li class=\"").Append(line.Speaker == Speaker.Client ? "client" : "trainee").Append("\">")
                    .Append("<time datetime=\"").Append(line.At.ToString("O", CultureInfo.InvariantCulture)).Append("\">")
                    .Append(line.At.ToString("HH:mm:ss", CultureInfo.InvariantCulture)).Append("</time> ")
                    .Append("<strong>").Append(E(who)).Append(":</strong> ").Append(E(line.Text)).Append("</li>");
            }

            html.Append("</ol>");
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
