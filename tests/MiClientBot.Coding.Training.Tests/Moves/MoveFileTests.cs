using MiClientBot.Coding.Training.Moves;

namespace MiClientBot.Coding.Training.Tests.Moves;

public sealed class MoveFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "mi-movefile-" + Guid.NewGuid().ToString("N") + ".tsv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Load_HeaderAndMoves_SkipsHeaderAndReadsEachMove()
    {
        File.WriteAllText(_path, "previous_client\ttrainee\tcode\nI drink a bit.\tyou drink a bit\treflection-simple\n\thello!\tother\n");

        var moves = MoveFile.Load(_path);

        Assert.Equal(2, moves.Count);
        Assert.Equal(new MoveExample("I drink a bit.", "you drink a bit", MitiCode.ReflectionSimple), moves[0]);
        Assert.Null(moves[1].PreviousClient);
    }

    [Theory]
    [InlineData("\tyou should stop\tpersuasion\n", "line 2: 'persuasion' is no MITI code")]
    [InlineData("\tyou should stop\n", "line 2: expected 'previous_client<TAB>trainee<TAB>code', found 2 field(s)")]
    [InlineData("x\t \tother\n", "line 2: expected")]
    public void Load_MalformedLine_SaysWhichLineAndWhy(string line, string message)
    {
        File.WriteAllText(_path, "previous_client\ttrainee\tcode\n" + line);

        var e = Assert.Throws<InvalidDataException>(() => MoveFile.Load(_path));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
