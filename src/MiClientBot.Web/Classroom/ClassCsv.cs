using System.Globalization;
using System.Text;
using MiClientBot.Coding;
using MiClientBot.Web.Instructor;

namespace MiClientBot.Web.Classroom;

/// <summary>The class report as CSV, one row per round, with one column per code for the spread of the class's replies.</summary>
internal static class ClassCsv
{
    public static string Write(ClassReport report)
    {
        var codes = MitiCodes.All.Select(c => c.ToName()).ToList();
        var header = new List<string> { "round", "source", "client_line", "replies" };
        header.AddRange(codes.Select(c => "n_" + c.Replace('-', '_')));
        header.AddRange(["picked_code", "picked_text", "pressure_before", "sustain_before", "autonomy_before", "discord_before",
            "pressure_after", "sustain_after", "autonomy_after", "discord_after", "client_answer"]);
        var csv = new StringBuilder().AppendJoin(',', header).Append("\r\n");
        foreach (var r in report.Rounds)
        {
            var cells = new List<string?> { Number(r.Number), r.Source, r.ClientLine, Number(r.Replies) };
            cells.AddRange(codes.Select(c => Number(r.Spread.TryGetValue(c, out var n) ? n : 0)));
            cells.AddRange([
                r.Picked?.Code, r.Picked?.Text,
                Number(r.Before.Pressure), Number(r.Before.Resistance.Sustain), Number(r.Before.Resistance.Autonomy), Number(r.Before.Resistance.Discord),
                Number(r.After?.Pressure), Number(r.After?.Resistance.Sustain), Number(r.After?.Resistance.Autonomy), Number(r.After?.Resistance.Discord),
                r.Picked?.ClientAnswer,
            ]);
            csv.AppendJoin(',', cells.Select(CsvExport.Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);
}
