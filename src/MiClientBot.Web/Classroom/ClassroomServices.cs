using System.Security.Cryptography;
using MiClientBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Classroom;

/// <summary>Registers classroom mode: its limits (validated at start), the join codes, the classes, the chat side and delivery.</summary>
internal static class ClassroomServices
{
    public static IServiceCollection AddClassroom(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClassroomOptions>().Bind(configuration.GetSection(ClassroomOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClassroomOptions>>(new OptionsProblems<ClassroomOptions>(o => o.Validate()));

        // The code is all a student needs to join, so it comes from a cryptographic source; tests replace it.
        services.AddSingleton(new JoinCodes(RandomNumberGenerator.GetInt32));
        services.AddSingleton<LiveClasses>();
        services.AddSingleton<ClassroomBot>();
        services.AddSingleton<ClassDelivery>();
        return services;
    }
}
