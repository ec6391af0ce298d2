namespace MiClientBot.Web.Diagnostics;

/// <summary>
/// The "Diagnostics" section: the endpoints the load tool measures against. Off by default, because
/// /diagnostics/memory forces a full garbage collection, which a stranger must not be able to trigger.
/// </summary>
internal sealed class DiagnosticsOptions
{
    public const string Section = "Diagnostics";

    public bool Enabled { get; set; }
}
