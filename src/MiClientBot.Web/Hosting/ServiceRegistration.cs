using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Options;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;
using MiClientBot.Web.Bot;
using MiClientBot.Web.Classroom;
using MiClientBot.Web.Diagnostics;
using MiClientBot.Web.DirectLine;
using MiClientBot.Web.Instructor;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Reports;
using MiClientBot.Web.Storage;
using MiClientBot.Voice;
using MiClientBot.Web.Turns;
using MiClientBot.Web.Voice;
using MiClientBot.Web.WebChat;
using Microsoft.Extensions.Options;
using SessionOptions = MiClientBot.Core.Options.SessionOptions;

namespace MiClientBot.Web.Hosting;

/// <summary>Wires the host: the root configuration, the engine, the protocol layers (Bot Framework, Direct Line), the bot and the page.</summary>
internal static class ServiceRegistration
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>Delay before the first retry of a connector call; later retries back off from it.</summary>
    public static readonly TimeSpan ConnectorRetryDelay = TimeSpan.FromMilliseconds(200);

    public static WebApplicationBuilder AddMiClientBot(this WebApplicationBuilder builder, string[] args)
    {
        var settings = RootSettings.Locate(builder.Environment.ContentRootPath);
        if (settings.File is not null)
        {
            // Added after the defaults, then environment variables and the command line again, so those still win.
            builder.Configuration.AddJsonFile(settings.File, optional: false, reloadOnChange: false);
            builder.Configuration.AddUserSecrets(VoiceOptions.UserSecretsId);
            builder.Configuration.AddEnvironmentVariables();
            builder.Configuration.AddCommandLine(args);
        }

        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The host logs a failed start with its stack trace; Program prints the known refusals as one line instead,
        // and anything else still ends as an unhandled exception with its trace. A failing background service
        // is still logged: the host reports that as Critical.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddProblemDetails();

        AddOptions<BotCredentialsOptions>(services, builder.Configuration, o => o.Validate());
        AddOptions<PersonasOptions>(services, builder.Configuration.GetSection(PersonasOptions.Section), o => o.Validate());
        AddOptions<SessionOptions>(services, builder.Configuration.GetSection(SessionOptions.Section), o => o.Validate());
        AddOptions<WebOptions>(services, builder.Configuration.GetSection(WebOptions.Section), o => o.Validate());
        AddOptions<DirectLineOptions>(services, builder.Configuration.GetSection(DirectLineOptions.Section), o => o.Validate());
        AddOptions<ConnectorOptions>(services, builder.Configuration.GetSection(ConnectorOptions.Section), o => o.Validate());
        services.AddOptions<DiagnosticsOptions>().Bind(builder.Configuration.GetSection(DiagnosticsOptions.Section));

        services.AddSingleton(sp => PersonaCatalog.Load(Path.GetFullPath(Path.Combine(
            sp.GetRequiredService<RootSettings>().BaseDirectory, sp.GetRequiredService<IOptions<PersonasOptions>>().Value.Directory))));
        services.AddSingleton(sp => new ClientEngine(sp.GetRequiredService<PersonaCatalog>(), TraineeMoveCoder.CreateDefault(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => DrillCatalog.Beside(sp.GetRequiredService<PersonaCatalog>()));
        services.AddSingleton(sp => new DrillRunner(sp.GetRequiredService<ClientEngine>()));
        services.AddSingleton(sp => new ConversationFlow(sp.GetRequiredService<ClientEngine>(), sp.GetRequiredService<DrillCatalog>()));
        services.AddWebVoice(builder.Configuration);
        services.AddConversationStorage(builder.Configuration);
        services.AddInstructorView(builder.Configuration);
        services.AddClassroom(builder.Configuration);
        services.AddSingleton<RecentTurns>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<ReportTickets>();
        services.AddSingleton<ReportLinks>();

        services.AddSingleton<OpenIdMetadata>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<MessagesEndpointLog>();
        services.AddHttpClient(nameof(OpenIdMetadata));
        services.AddHttpClient(nameof(ConnectorTokenProvider));
        services.AddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.AddSingleton(sp => ConnectorRetry.Create(sp.GetRequiredService<TimeProvider>(), ConnectorRetryDelay));
        services.AddHttpClient<ConnectorClient>();

        services.AddSingleton<OutputRenderer>();
        services.AddSingleton<IActivityHandler, MiBot>();

        services.AddSingleton(WebRoot.Locate(builder.Environment.ContentRootPath));
        services.AddSingleton<TokenSigningKey>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineBot>();
        services.AddHostedService<StartupCheck>();
        return builder;
    }

    public static WebApplication MapMiClientBot(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler(ExceptionAnswers.Configure);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.MapWebChat();
        app.MapBotMessages();
        app.MapDirectLine();
        app.MapReports();
        app.MapInstructor();
        app.MapClassroom();
        app.MapDiagnostics();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }

    private static void AddOptions<TOptions>(IServiceCollection services, IConfiguration section, Func<TOptions, IEnumerable<string>> validate)
        where TOptions : class
    {
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new OptionsProblems<TOptions>(validate));
    }
}
