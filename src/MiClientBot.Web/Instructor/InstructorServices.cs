using MiClientBot.Web.Hosting;

namespace MiClientBot.Web.Instructor;

/// <summary>Registers the instructor view: its key (validated at start), the key check and the session queries.</summary>
internal static class InstructorServices
{
    public static IServiceCollection AddInstructorView(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InstructorOptions>().Bind(configuration.GetSection(InstructorOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<InstructorOptions>>(new OptionsProblems<InstructorOptions>(o => o.Validate()));
        services.AddSingleton<InstructorAuth>();
        services.AddSingleton<InstructorSessions>();
        return services;
    }
}
