using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Instructor;

/// <summary>Settings that would make the instructor view or the storage unsafe stop the host at start.</summary>
public sealed class InstructorOptionsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_ShortInstructorKey_RefusesToStartNamingTheSetting()
    {
        using var host = HostProcess.Start("--Instructor:Key=short", "--Storage:Provider=Memory");

        Assert.Equal(2, await host.WaitForExitAsync(Patience));
        Assert.Contains("Instructor:Key must be at least 16 characters long", host.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RetentionOfZeroDays_RefusesToStartNamingTheSetting()
    {
        using var host = HostProcess.Start("--Storage:RetentionDays=0", "--Storage:Provider=Memory");

        Assert.Equal(2, await host.WaitForExitAsync(Patience));
        Assert.Contains("Storage:RetentionDays '0' must be between 1 and 3650.", host.Error, StringComparison.Ordinal);
    }
}
