namespace MiClientBot.Core.Scoring;

/// <summary>A report file format.</summary>
public enum ReportFormat
{
    /// <summary>JSON, for tools.</summary>
    Json,

    /// <summary>Markdown, for notes and chat.</summary>
    Markdown,

    /// <summary>A self-contained HTML page with an inline SVG chart.</summary>
    Html,
}
