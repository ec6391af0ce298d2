using MiClientBot.Voice;

namespace MiClientBot.Core.Tests.Voice;

public class VoiceOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreOffAndValid()
    {
        var options = new VoiceOptions();

        Assert.False(options.IsOn);
        Assert.Empty(options.Validate());
        Assert.Equal(TimeSpan.FromSeconds(6), options.Timeout);
    }

    [Fact]
    public void Validate_UnknownProvider_NamesTheKnownOnes()
    {
        var problem = Assert.Single(new VoiceOptions { Provider = "gpt" }.Validate());

        Assert.Contains("none, openai, azure-openai, ollama", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AzureWithoutKey_SaysWhereTheKeyGoesAndNeverShowsOne()
    {
        var problems = new VoiceOptions { Provider = "azure-openai", Endpoint = "https://x.openai.azure.com/", Model = "gpt-4o-mini" }.Validate().ToList();

        Assert.Contains(problems, p => p.Contains("Voice__ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OllamaWithoutEndpoint_UsesTheLocalDefault()
    {
        var options = new VoiceOptions { Provider = "ollama", Model = "llama3.2" };

        Assert.Empty(options.Validate());
        Assert.Contains("http://localhost:11434/", VoiceNotice.Describe(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_AzureWithKey_SaysWhereTextGoesWithoutTheKey()
    {
        var options = new VoiceOptions { Provider = "azure-openai", Endpoint = "https://contoso-norway.openai.azure.com/", Model = "mi-client", ApiKey = "sk-very-secret" };

        var line = VoiceNotice.Describe(options);

        Assert.Contains("https://contoso-norway.openai.azure.com/openai/v1/", line, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-very-secret", line, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-very-secret", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }
}
