using System.Globalization;
using System.Net;
using System.Text;
using MiClientBot.Coding;
using MiClientBot.Core;
using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// The class report as a page in the class's language: the balloon over time (a chart in the balloon's own colours, from
/// /balloon.css) and, round by round, the client's line, how the class's replies spread over the codes and the move picked.
/// No script: it is sent under the documents' Content-Security-Policy.
/// </summary>
internal static class ClassReportPage
{
    private const int Width = 720, Height = 220, Pad = 30;

    public static string Write(ClassReport report)
    {
        var language = LanguageCodes.TryParse(report.Language, out var l) ? l : Language.En;
        string T(string key, params object[] args) => ClassroomText.Get(key, language, args);
        var picked = report.Rounds.Count(r => r.Picked is not null);
        var title = T("report-title", report.PersonaName, report.Code);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(report.Language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(E(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/balloon.css\"><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;line-height:1.4}table{border-collapse:collapse;width:100%}")
            .Append("th,td{text-align:left;vertical-align:top;border-bottom:1px solid #c9ced6;padding:.4rem}.chart line.axis{stroke:#767676}")
            .Append(".chart polyline{fill:none;stroke-width:3}.chart .pressure{stroke:#1b1b1b}.chart .sustain{stroke:var(--sustain)}")
            .Append(".chart .autonomy{stroke:var(--autonomy)}.chart .discord{stroke:var(--discord)}.chart text{font-size:12px}")
            .Append(".legend span{margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem}")
            .Append(".legend .pressure i{background:#1b1b1b}</style></head><body>")
            .Append("<h1>").Append(E(title)).Append("</h1><p>").Append(E(T("report-summary", report.Rounds.Count, picked, report.Students))).Append("</p>")
            .Append("<h2>").Append(E(T("report-over-time"))).Append("</h2>");
        Chart(html, report, T);
        html.Append("<h2>").Append(E(T("report-rounds"))).Append("</h2><table><thead><tr>")
            .Append("<th scope=\"col\">").Append(E(T("round", string.Empty).Trim())).Append("</th>")
            .Append("<th scope=\"col\">").Append(E(T("report-line"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(E(T("report-spread"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(E(T("report-picked"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(E(T("report-answer"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(E(T("report-balloon"))).Append("</th></tr></thead><tbody>");
        foreach (var r in report.Rounds)
        {
            var spread = string.Join(", ", r.Spread.OrderByDescending(p => p.Value).Select(p => $"{MitiCodeLabels.Label(p.Key, language)}: {p.Value}"));
            html.Append("<tr><td>").Append(r.Number).Append("</td><td>").Append(E(r.ClientLine)).Append("</td><td>")
                .Append(E($"{r.Replies}" + (spread.Length > 0 ? $" ({spread})" : string.Empty))).Append("</td><td>")
                .Append(r.Picked is { } p ? E($"{p.CodeLabel}: {p.Text}") : "-").Append("</td><td>")
                .Append(r.Picked is { } a ? E(a.ClientAnswer) : "-").Append("</td><td>")
                .Append(E(Levels(r.Before, T))).Append(r.After is { } after ? " → " + E(Levels(after, T)) : string.Empty)
                .Append("</td></tr>");
        }

        return html.Append("</tbody></table></body></html>").ToString();
    }

    private static void Chart(StringBuilder html, ClassReport report, Func<string, object[], string> t)
    {
        // One point per round's start, and the last pick's result: the balloon the class met at each step.
        var points = report.Rounds.Select(r => r.Before).ToList();
        if (report.Rounds.Count > 0 && report.Rounds[^1].After is { } last)
        {
            points.Add(last);
        }

        var step = points.Count > 1 ? (Width - (2.0 * Pad)) / (points.Count - 1) : 0;
        string Line(Func<MiStateSnapshot, double> value) => string.Join(' ', points.Select((p, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{Pad + (i * step):0.#},{Height - Pad - ((Height - (2.0 * Pad)) * value(p) / 100):0.#}")));
        html.Append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" width=\"").Append(Width).Append("\">")
            .Append("<title>").Append(E(t("report-over-time", []))).Append("</title>")
            .Append($"<line class=\"axis\" x1=\"{Pad}\" y1=\"{Height - Pad}\" x2=\"{Width - Pad}\" y2=\"{Height - Pad}\"/>")
            .Append($"<line class=\"axis\" x1=\"{Pad}\" y1=\"{Pad}\" x2=\"{Pad}\" y2=\"{Height - Pad}\"/>")
            .Append($"<text x=\"2\" y=\"{Pad + 4}\">100</text><text x=\"10\" y=\"{Height - Pad + 4}\">0</text>")
            .Append("<polyline class=\"pressure\" points=\"").Append(Line(p => p.Pressure)).Append("\"/>")
            .Append("<polyline class=\"sustain\" points=\"").Append(Line(p => p.Resistance.Sustain)).Append("\"/>")
            .Append("<polyline class=\"autonomy\" points=\"").Append(Line(p => p.Resistance.Autonomy)).Append("\"/>")
            .Append("<polyline class=\"discord\" points=\"").Append(Line(p => p.Resistance.Discord)).Append("\"/></svg>")
            .Append("<p class=\"legend\">");
        foreach (var source in new[] { "pressure", "sustain", "autonomy", "discord" })
        {
            html.Append("<span class=\"").Append(source).Append("\"><i class=\"swatch ").Append(source).Append("\"></i>").Append(E(t(source, []))).Append("</span>");
        }

        html.Append("</p>");
    }

    private static string Levels(MiStateSnapshot s, Func<string, object[], string> t) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Pressure:0.#} ({t("sustain", [])} {s.Resistance.Sustain:0.#}, {t("autonomy", [])} {s.Resistance.Autonomy:0.#}, {t("discord", [])} {s.Resistance.Discord:0.#})");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
