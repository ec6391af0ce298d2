namespace MiClientBot.Coding.Training.Moves;

/// <summary>
/// Reads a move file: UTF-8 TSV, a header line <c>previous_client, trainee, code</c>, then one move per
/// line with its code name ("reflection-complex"). The coder's regression sets use the same format.
/// </summary>
public static class MoveFile
{
    /// <summary>The moves of <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A line is not three fields or names no MITI code; the message gives the line.</exception>
    public static IReadOnlyList<MoveExample> Load(string path)
    {
        var moves = new List<MoveExample>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: expected 'previous_client<TAB>trainee<TAB>code', found {fields.Length} field(s)");
            }

            if (!MitiCodes.TryParse(fields[2], out var code))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: '{fields[2]}' is no MITI code (one of {string.Join(", ", MitiCodes.All.Select(c => c.ToName()))})");
            }

            moves.Add(new MoveExample(fields[0].Length == 0 ? null : fields[0], fields[1], code));
        }

        return moves;
    }
}
