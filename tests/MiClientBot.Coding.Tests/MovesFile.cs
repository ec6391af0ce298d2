namespace MiClientBot.Coding.Tests;

/// <summary>Reads the hand-labelled trainee moves (Moves/moves.LANG.tsv, or Moves/hard.LANG.tsv with prefix "hard") from the source tree.</summary>
internal static class MovesFile
{
    public static IReadOnlyList<(string PreviousClient, string Trainee, MitiCode Code)> Read(string language, string prefix = "moves")
    {
        var path = Path.Combine(Repo.Root, "tests", "MiClientBot.Coding.Tests", "Moves", $"{prefix}.{language}.tsv");
        var rows = new List<(string, string, MitiCode)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3 || !MitiCodes.TryParse(parts[2], out var code))
            {
                throw new InvalidDataException($"bad line in {path}: {line}");
            }

            rows.Add((parts[0], parts[1], code));
        }

        return rows;
    }
}
