using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.DirectLine;

/// <summary>The names the host's Direct Line channel uses in activities.</summary>
internal static class DirectLineChannel
{
    public const string ChannelId = "directline";
    public const string UserRole = "user";
    public const string BotRole = "bot";

    public static ChannelAccount Bot { get; } = new() { Id = "miclientbot", Name = "MI client", Role = BotRole };
}
