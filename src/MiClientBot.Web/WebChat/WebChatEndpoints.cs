using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Sessions;
using MiClientBot.Web.DirectLine;
using MiClientBot.Web.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using SessionOptions = MiClientBot.Core.Options.SessionOptions;

namespace MiClientBot.Web.WebChat;

/// <summary>The web page at / (static files) and what it asks the host before it starts: clients, defaults, access code.</summary>
internal static class WebChatEndpoints
{
    public const string SetupRoute = "/webchat/setup";

    public static WebApplication MapWebChat(this WebApplication app)
    {
        var root = app.Services.GetRequiredService<WebRoot>();
        if (root.Path is not null)
        {
            var files = new PhysicalFileProvider(root.Path);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                OnPrepareResponse = file =>
                {
                    if (file.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                    {
                        file.Context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.PagePolicy;
                    }
                },
            });
        }

        app.MapGet(SetupRoute, (ConversationFlow flow, IOptions<SessionOptions> session, IOptions<DirectLineOptions> directLine, WebRoot web) => Results.Json(new
        {
            personas = flow.Engine.Personas.All.Select(p => new
            {
                id = p.Id,
                name = p.Name,
                summary = $"{p.Age} - {p.Topic}",
                summaries = LanguageCodes.All.ToDictionary(l => l.ToCode(), l => $"{p.Age} - {p.TopicIn(l)}"),
                languages = p.Languages.Select(l => l.ToCode()),
            }),
            // The balloon's status line names the client's state in the page's language, in the words the reports use.
            states = LanguageCodes.All.ToDictionary(
                l => l.ToCode(),
                l => Enum.GetValues<ClientState>().Select(s => s.ToName()).Distinct().ToDictionary(s => s, s => ClientStateLabels.Label(s, l))),
            defaultPersona = session.Value.DefaultPersona,
            defaultLanguage = session.Value.DefaultLanguage,
            accessCode = directLine.Value.RequiresSecret,
            webChat = web.HasWebChatBundle,
            directLine = DirectLineEndpoints.Route,
        }));
        return app;
    }
}
