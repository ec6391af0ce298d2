using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MiClientBot.Web.Tests.Fuzz;

/// <summary>The inputs in Fuzz/Corpus (see its README): each once broke the host and must keep its fixed answer.</summary>
internal sealed record FuzzCorpus(string Name, string Path, string ContentType, string Body, int Expect)
{
    public const string InstructorKey = "corpus-instructor-key-2026";
    public const string ConversationPlaceholder = "{{conversationId}}";

    public static string Folder => System.IO.Path.Combine(Repo.Root, "tests", "MiClientBot.Web.Tests", "Fuzz", "Corpus");

    public static IReadOnlyList<FuzzCorpus> All { get; } = Load();

    public static IReadOnlyList<FuzzCorpus> Messages => [.. All.Where(e => e.Path == "/api/messages")];

    public bool NeedsDirectLineToken => Path.Contains(ConversationPlaceholder, StringComparison.Ordinal);

    public HttpRequestMessage Request(string? conversationId = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path.Replace(ConversationPlaceholder, conversationId, StringComparison.Ordinal))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public override string ToString() => Name;

    private static List<FuzzCorpus> Load() =>
        [.. Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(file =>
        {
            var entry = JsonNode.Parse(File.ReadAllText(file))!;
            var body = entry["body"]?.ToJsonString() ?? (string)entry["text"]!;
            return new FuzzCorpus(
                System.IO.Path.GetFileNameWithoutExtension(file),
                (string)entry["path"]!,
                (string)entry["contentType"]!,
                body.Replace("{{instructorKey}}", InstructorKey, StringComparison.Ordinal),
                (int)entry["expect"]!);
        })];
}
