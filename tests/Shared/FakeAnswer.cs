namespace MiClientBot.Tests.Shared;

/// <summary>What <see cref="FakeModelServer"/> answers: a status, a body and how long it waits first.</summary>
internal sealed record FakeAnswer(int Status, string Body, TimeSpan Delay)
{
    public static FakeAnswer Text(string text, TimeSpan? delay = null) => new(200, FakeModelServer.Completion(text), delay ?? TimeSpan.Zero);

    public static FakeAnswer Raw(int status, string body) => new(status, body, TimeSpan.Zero);

    /// <summary>Never answers (until the server stops).</summary>
    public static FakeAnswer Never { get; } = new(200, string.Empty, Timeout.InfiniteTimeSpan);
}
