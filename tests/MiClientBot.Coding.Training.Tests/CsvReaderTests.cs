using MiClientBot.Coding.Training.AnnoMi;

namespace MiClientBot.Coding.Training.Tests;

public sealed class CsvReaderTests
{
    [Theory]
    [InlineData("a,b,c\n", new[] { "a", "b", "c" })]
    [InlineData("\"x, y\",2,\"say \"\"hi\"\"\"\n", new[] { "x, y", "2", "say \"hi\"" })]
    [InlineData("\"line one\nline two\",z\r\n", new[] { "line one\nline two", "z" })]
    [InlineData("last,,row", new[] { "last", "", "row" })]
    public void ReadRecords_QuotedFieldsEscapesAndNewlines_SplitLikeRfc4180(string text, string[] expected)
    {
        using var reader = new StringReader(text);

        var record = Assert.Single(CsvReader.ReadRecords(reader));

        Assert.Equal(expected, record);
    }
}
