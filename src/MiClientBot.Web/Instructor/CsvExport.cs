using System.Globalization;
using System.Text;

namespace MiClientBot.Web.Instructor;

/// <summary>The sessions as CSV (one row each), for a spreadsheet.</summary>
internal static class CsvExport
{
    public const string Header = "id,channel,persona,persona_name,language,trainee,turns,state,sustain,autonomy,discord,pressure,talk,started_at,updated_at";

    public static string Write(IEnumerable<SessionView> sessions)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var s in sessions)
        {
            string?[] cells =
            [
                s.Id, s.Channel, s.Persona, s.PersonaName, s.Language, s.Trainee, Number(s.Turns), s.State,
                Number(s.Sustain), Number(s.Autonomy), Number(s.Discord), Number(s.Pressure), s.Talk,
                s.StartedAt.ToString("O", CultureInfo.InvariantCulture), s.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // A display name such as "=HYPERLINK(...)" must stay text when the file is opened in a spreadsheet.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
