using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MiClientBot.Tests.Shared;

/// <summary>
/// An OpenAI-compatible chat server on 127.0.0.1 for tests (no network): answers POST .../chat/completions
/// as <see cref="Answer"/> says, and keeps what it was sent (path, body, authorization) for assertions.
/// </summary>
internal sealed class FakeModelServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(string Path, string Body, string? Authorization, string? ApiKey)> _requests = [];
    private readonly Task _loop;

    private FakeModelServer(HttpListener listener, int port)
    {
        _listener = listener;
        Port = port;
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    /// <summary>The base address, as Voice:Endpoint takes it.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    /// <summary>How to answer the request with this body (the request's JSON).</summary>
    public Func<string, FakeAnswer> Answer { get; set; } = _ => FakeAnswer.Text("Hm.");

    public IReadOnlyList<(string Path, string Body, string? Authorization, string? ApiKey)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static FakeModelServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeModelServer(listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The body of an OpenAI chat completion whose message is <paramref name="text"/>.</summary>
    public static string Completion(string text) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
    });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (_requests)
            {
                _requests.Add((context.Request.Url?.AbsolutePath ?? string.Empty, body, context.Request.Headers["Authorization"], context.Request.Headers["api-key"]));
            }

            var answer = Answer(body);
            if (answer.Delay != TimeSpan.Zero)
            {
                await Task.Delay(answer.Delay, _stop.Token);
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, _stop.Token);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The client gave up (the voice's timeout) or the server is stopping.
        }
    }
}
