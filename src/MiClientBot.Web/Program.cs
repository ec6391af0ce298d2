using MiClientBot.Web.Hosting;

if (TeamsPackageCommand.TryRun(args, out var packaged))
{
    return packaged;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddMiClientBot(args);
var app = builder.Build();
app.MapMiClientBot();

try
{
    app.Run();
    return 0;
}
catch (Exception e) when (StartupRefusal.Describe(e) is { } refusal)
{
    // Refuse to start, with the problems (file:line for personas, the store and what to check, the address in use) as the only message.
    Console.Error.WriteLine(refusal);
    return 2;
}
