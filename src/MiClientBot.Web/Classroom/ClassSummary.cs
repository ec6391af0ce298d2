namespace MiClientBot.Web.Classroom;

/// <summary>A class in the instructor's list, with where its join page, projector and report are.</summary>
internal sealed record ClassSummary(
    string Code,
    string Persona,
    string PersonaName,
    string Language,
    string Status,
    int Students,
    int Round,
    DateTimeOffset OpenedAt,
    string JoinPath,
    string ProjectorPath,
    string ReportPath)
{
    public static ClassSummary Of(LiveClass live)
    {
        var feed = live.Feed();
        var base_ = ClassroomEndpoints.PagesRoute + "/" + live.Code;
        return new ClassSummary(
            live.Code, live.PersonaId, live.PersonaName, feed.Language, feed.Status, feed.Students, feed.Round.Number,
            live.OpenedAt, live.JoinPath, base_ + "/projector", base_ + "/report");
    }
}
