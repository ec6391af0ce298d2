using System.Reflection;

namespace MiClientBot.Web.WebChat;

/// <summary>
/// The folder the page is served from: wwwroot under the content root (dotnet run from the project,
/// tests, a published host), else beside the program, else the project's own folder as built (dotnet
/// run --project from elsewhere, where the content root is the working directory).
/// </summary>
internal sealed record WebRoot(string? Path)
{
    public const string Folder = "wwwroot";
    public const string WebChatBundle = "lib/botframework-webchat/webchat.js";

    public bool HasWebChatBundle => Path is not null && File.Exists(System.IO.Path.Combine(Path, WebChatBundle));

    public static WebRoot Locate(string contentRoot)
    {
        var built = typeof(WebRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WebRoot")?.Value;
        string?[] candidates = [System.IO.Path.Combine(contentRoot, Folder), System.IO.Path.Combine(AppContext.BaseDirectory, Folder), built];
        return new WebRoot(candidates.FirstOrDefault(c => c is not null && File.Exists(System.IO.Path.Combine(c, "index.html"))));
    }
}
