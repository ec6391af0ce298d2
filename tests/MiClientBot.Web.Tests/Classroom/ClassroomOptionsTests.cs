using MiClientBot.Web.Classroom;

namespace MiClientBot.Web.Tests.Classroom;

public sealed class ClassroomOptionsTests
{
    [Fact]
    public void Validate_Defaults_HasNoProblem() => Assert.Empty(new ClassroomOptions().Validate());

    [Theory]
    [InlineData(0, 200, 500, "Classroom:MaxClasses '0' must be between 1 and 10000.")]
    [InlineData(50, 1, 500, "Classroom:MaxStudents '1' must be between 2 and 1000.")]
    [InlineData(50, 200, 5, "Classroom:MaxReplyLength '5' must be between 20 and 2000.")]
    public void Validate_OutOfRange_NamesTheSettingAndTheRange(int classes, int students, int length, string expected)
    {
        var options = new ClassroomOptions { MaxClasses = classes, MaxStudents = students, MaxReplyLength = length };

        Assert.Equal([expected], options.Validate());
    }
}
