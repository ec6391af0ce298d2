using MiClientBot.Web.Hosting;

if (TeamsPackageCommand.TryRun(args, out var packaged))
{
    return packaged;
}

try
{
    // Building reads appsettings.json and binds options too, so a mistake there is refused like one found at start.
    var builder = WebApplication.CreateBuilder(args);
    builder.AddMiClientBot(args);
    var app = builder.Build();
    app.MapMiClientBot();
    app.Run();
    return 0;
}
catch (Exception e) when (StartupRefusal.Describe(e) is { } refusal)
{
    // Refuse to start, with the problem (file:line for personas, the setting and its fix, the address in use) as the only message.
    Console.Error.WriteLine(refusal);
    return 2;
}
