using System.Text.RegularExpressions;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// Teams puts "&lt;at&gt;Bot&lt;/at&gt;" into the text of channel and group messages that mention the bot;
/// the trainee's words (and commands such as /start) only begin after it.
/// </summary>
internal static partial class TeamsMentions
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (activity.Entities is null && !text.Contains('<', StringComparison.Ordinal) && !text.Contains('&', StringComparison.Ordinal))
        {
            // Web Chat and Teams' personal chats: nothing to strip, and no regex on every message.
            return text.Trim();
        }

        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                && entity.Mentioned?.Id is { } id && string.Equals(id, botId, StringComparison.Ordinal)
                && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, string.Empty, StringComparison.Ordinal);
            }
        }

        // Some clients send the tag without a mention entity; a leading tag can only address the bot.
        text = LeadingTag().Replace(text, string.Empty);
        return text.Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LeadingTag();
}
