using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MiClientBot.Coding;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Scoring;

/// <summary>Writes a <see cref="SessionReport"/> as JSON, Markdown or self-contained HTML, in the report's language.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The format a file name asks for (.json, .md, .html/.htm); null for any other extension.</summary>
    public static ReportFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => ReportFormat.Json,
        ".md" or ".markdown" => ReportFormat.Markdown,
        ".html" or ".htm" => ReportFormat.Html,
        _ => null,
    };

    /// <summary>The report in <paramref name="format"/>.</summary>
    public static string Write(SessionReport report, ReportFormat format) => format switch
    {
        ReportFormat.Json => JsonSerializer.Serialize(report, Json),
        ReportFormat.Markdown => Markdown(report),
        _ => Html(report),
    };

    private static Language Lang(SessionReport r) => LanguageCodes.TryParse(r.Language, out var l) ? l : Language.En;

    private static string T(SessionReport r, string key, params object[] args) => ReportText.Get(key, Lang(r), args);

    private static string Num(double? value) => value is null ? "-" : value.Value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Num(SessionReport r, SummaryScore s, double? value) => s.IsPercent && value is not null ? T(r, "percent", Num(value)) : Num(value);

    private static string CodeLabel(SessionReport r, KeyMoment m) => MitiCodeLabels.Label(m.Code, Lang(r));

    private static string StateLabel(SessionReport r, string state) => ClientStateLabels.Label(state, Lang(r));

    private static string Ending(SessionReport r) => T(r, r.Turns == 1 ? "turns-one" : "turns", r.Turns, StateLabel(r, r.FinalState));

    private static string Counts(SessionReport r) =>
        string.Join(", ", r.Counts.ByCode.Where(c => c.Value > 0).Select(c => $"{MitiCodeLabels.Label(c.Key, Lang(r))} {c.Value}")) is { Length: > 0 } counts ? counts : T(r, "none");

    /// <summary>Whether a language model phrased replies: the trainee should know the words were not all the persona file's.</summary>
    private static string? VoiceNote(SessionReport r) => r.Voice is { } v ? T(r, "voice", v.Phrased, v.Replies) : null;

    private static string Advice(SessionReport r, KeyMoment m) => m.PressureChange > 0 ? $"{T(r, "advice")}: {m.Advice}" : m.Advice;

    private static string Markdown(SessionReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {T(r, "title", r.PersonaName)}").AppendLine();
        sb.AppendLine(Ending(r)).AppendLine();
        if (VoiceNote(r) is { } voice)
        {
            sb.AppendLine(voice).AppendLine();
        }

        sb.AppendLine($"## {T(r, "scores")}").AppendLine();
        sb.AppendLine($"| | {T(r, "value")} | {T(r, "fair")} | {T(r, "good")} | |").AppendLine("|---|---|---|---|---|");
        foreach (var s in r.Scores)
        {
            sb.AppendLine($"| {s.Name} (`{s.Id}`) | {Num(r, s, s.Value)} | {Num(r, s, s.Fair)} | {Num(r, s, s.Good)} | {T(r, "level-" + s.Level)} |");
        }

        sb.AppendLine().AppendLine($"## {T(r, "counts")}").AppendLine();
        sb.AppendLine(Counts(r));
        sb.AppendLine().AppendLine($"MIA {r.Counts.MiAdherent}, MINA {r.Counts.MiNonAdherent}, R {r.Counts.Reflections}, Q {r.Counts.Questions}.");
        sb.AppendLine().AppendLine($"## {T(r, "globals")}").AppendLine();
        foreach (var g in r.Globals)
        {
            sb.AppendLine($"- **{g.Name}: {Num(g.Score)}** - {g.Explanation}");
        }

        sb.AppendLine().AppendLine($"## {T(r, "balloon")}").AppendLine();
        sb.AppendLine($"| {T(r, "turn")} | {T(r, "sustain")} | {T(r, "autonomy")} | {T(r, "discord")} | {T(r, "pressure")} | |").AppendLine("|---|---|---|---|---|---|");
        foreach (var p in r.Balloon)
        {
            sb.AppendLine($"| {p.Turn} | {Num(p.Sustain)} | {Num(p.Autonomy)} | {Num(p.Discord)} | {Num(p.Pressure)} | {StateLabel(r, p.State)} |");
        }

        sb.AppendLine().AppendLine($"## {T(r, "talk")}").AppendLine();
        foreach (var t in r.Talk)
        {
            sb.AppendLine($"- {T(r, "turn")} {t.Turn}, {(t.Talk == "change" ? T(r, "change") : T(r, "sustain"))} ({t.Subtype}): \"{t.Text}\"");
        }

        if (r.Talk.Count == 0)
        {
            sb.AppendLine(T(r, "none"));
        }

        sb.AppendLine().AppendLine($"## {T(r, "moments")}").AppendLine();
        foreach (var m in r.KeyMoments)
        {
            sb.AppendLine($"- **{T(r, "turn")} {m.Turn}** ({CodeLabel(r, m)}, {T(r, "pressure")} {(m.PressureChange >= 0 ? "+" : string.Empty)}{Num(m.PressureChange)}): {T(r, "you-said")} \"{m.TraineeSaid}\" - {T(r, "client-said")}: \"{m.ClientReplied}\"");
            sb.AppendLine($"  - {T(r, "cue")}: {m.Cue}. {Advice(r, m)}");
        }

        sb.AppendLine().AppendLine($"## {T(r, "felt", r.PersonaName)}").AppendLine();
        foreach (var line in r.ClientFelt)
        {
            sb.AppendLine($"> {line}");
        }

        return sb.ToString();
    }

    private static string Html(SessionReport r)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html><html lang=\"{E(r.Language)}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>{E(T(r, "title", r.PersonaName))}</title><style>");
        sb.Append("body{font-family:system-ui,sans-serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}");
        sb.Append("table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left}");
        sb.Append(".Good{color:#0b6b2f;font-weight:600}.Fair{color:#7a5a00;font-weight:600}.BelowFair{color:#a4161a;font-weight:600}");
        sb.Append("blockquote{border-left:4px solid #888;margin:.4rem 0;padding:.2rem .8rem;font-style:italic}svg{width:100%;height:auto;background:#fafafa;border:1px solid #ddd}");
        sb.Append(".legend span{margin-right:1rem}.sw{display:inline-block;width:.9rem;height:.9rem;vertical-align:middle;margin-right:.3rem}</style></head><body>");
        sb.Append($"<h1>{E(T(r, "title", r.PersonaName))}</h1><p>{E(Ending(r))}</p>");
        if (VoiceNote(r) is { } voice)
        {
            sb.Append($"<p class=\"voice\">{E(voice)}</p>");
        }

        sb.Append($"<h2>{E(T(r, "balloon"))}</h2>").Append(Chart(r));

        sb.Append($"<h2>{E(T(r, "scores"))}</h2><table><tr><th></th><th>{E(T(r, "value"))}</th><th>{E(T(r, "fair"))}</th><th>{E(T(r, "good"))}</th><th></th></tr>");
        foreach (var s in r.Scores)
        {
            sb.Append($"<tr><td>{E(s.Name)}</td><td>{E(Num(r, s, s.Value))}</td><td>{E(Num(r, s, s.Fair))}</td><td>{E(Num(r, s, s.Good))}</td><td class=\"{s.Level}\">{E(T(r, "level-" + s.Level))}</td></tr>");
        }

        sb.Append("</table>");
        sb.Append($"<h2>{E(T(r, "counts"))}</h2><p>{E(Counts(r))}</p>");
        sb.Append($"<p>MIA {r.Counts.MiAdherent}, MINA {r.Counts.MiNonAdherent}, R {r.Counts.Reflections}, Q {r.Counts.Questions}</p>");
        sb.Append($"<h2>{E(T(r, "globals"))}</h2><ul>");
        foreach (var g in r.Globals)
        {
            sb.Append($"<li><strong>{E(g.Name)}: {Num(g.Score)}</strong> - {E(g.Explanation)}</li>");
        }

        sb.Append($"</ul><h2>{E(T(r, "talk"))}</h2><ul>");
        foreach (var t in r.Talk)
        {
            sb.Append($"<li>{E(T(r, "turn"))} {t.Turn}, {E(t.Talk == "change" ? T(r, "change") : T(r, "sustain"))} ({E(t.Subtype ?? string.Empty)}): “{E(t.Text)}”</li>");
        }

        sb.Append($"</ul><h2>{E(T(r, "moments"))}</h2><ol>");
        foreach (var m in r.KeyMoments)
        {
            sb.Append($"<li><strong>{E(T(r, "turn"))} {m.Turn}</strong> ({E(CodeLabel(r, m))}, {E(T(r, "pressure"))} {(m.PressureChange >= 0 ? "+" : string.Empty)}{Num(m.PressureChange)})<br>");
            sb.Append($"{E(T(r, "you-said"))}: “{E(m.TraineeSaid)}”<br>{E(T(r, "client-said"))}: “{E(m.ClientReplied)}”<br>");
            sb.Append($"{E(T(r, "cue"))}: {E(m.Cue)}. {E(Advice(r, m))}</li>");
        }

        sb.Append($"</ol><h2>{E(T(r, "felt", r.PersonaName))}</h2>");
        foreach (var line in r.ClientFelt)
        {
            sb.Append($"<blockquote>{E(line)}</blockquote>");
        }

        return sb.Append("</body></html>").ToString();
    }

    private static string Chart(SessionReport r)
    {
        const int W = 640, H = 260, L = 40, B = 30, T0 = 10, R0 = 10;
        var n = Math.Max(1, r.Balloon.Count - 1);
        double X(int i) => L + (i * (W - L - R0) / (double)n);
        double Y(double v) => T0 + ((100 - v) * (H - T0 - B) / 100);
        string Line(Func<BalloonPoint, double> value) =>
            string.Join(' ', r.Balloon.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(value(p)):0.#}")));
        var series = new (string Key, string Color, string Dash, Func<BalloonPoint, double> Value)[]
        {
            ("sustain", "#1f77b4", string.Empty, p => p.Sustain),
            ("autonomy", "#ff7f0e", string.Empty, p => p.Autonomy),
            ("discord", "#d62728", string.Empty, p => p.Discord),
            ("pressure", "#333333", " stroke-dasharray=\"6 4\"", p => p.Pressure),
        };
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg data-testid=\"balloon-chart\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(T(r, "balloon"))}\" viewBox=\"0 0 {W} {H}\" xmlns=\"http://www.w3.org/2000/svg\">");
        foreach (var v in new[] { 0, 25, 50, 75, 100 })
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{L}\" x2=\"{W - R0}\" y1=\"{Y(v):0.#}\" y2=\"{Y(v):0.#}\" stroke=\"#ddd\"/><text x=\"{L - 6}\" y=\"{Y(v) + 4:0.#}\" font-size=\"11\" text-anchor=\"end\">{v}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{W / 2}\" y=\"{H - 6}\" font-size=\"11\" text-anchor=\"middle\">{WebUtility.HtmlEncode(T(r, "turn"))} 0-{r.Balloon.Count - 1}</text>");
        foreach (var (key, color, dash, value) in series)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series-{key}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\"{dash} points=\"{Line(value)}\"/>");
        }

        sb.Append("</svg><p class=\"legend\">");
        foreach (var (key, color, _, _) in series)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<span><i class=\"sw\" style=\"background:{color}\"></i>{WebUtility.HtmlEncode(T(r, key))}</span>");
        }

        return sb.Append("</p>").ToString();
    }
}
