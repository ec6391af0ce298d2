using MiClientBot.Core.Scoring;

namespace MiClientBot.Web.Reports;

/// <summary>Finished feedback reports, served at /reports/{id} and linked from the report card.</summary>
internal interface IReportStore
{
    /// <summary>Keeps the report and returns its unguessable id.</summary>
    string Save(SessionReport report);

    SessionReport? Find(string id);
}
