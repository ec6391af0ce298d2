using MiClientBot.Coding;

namespace MiClientBot.Core.Drills;

/// <summary>One drill: a scene, the helper's first move and the client's resistant answer, plus sample third replies.</summary>
/// <param name="PersonaId">The persona the scene is about.</param>
/// <param name="Language">The drill's language.</param>
/// <param name="Id">Unique within persona and language.</param>
/// <param name="Source">What the client's answer mainly voices.</param>
/// <param name="StrongAffect">True when a strong, undifferentiated feeling drives the answer.</param>
/// <param name="Scene">One or two sentences that set the scene.</param>
/// <param name="Helper">The helper's first move.</param>
/// <param name="Client">The client's resistant answer.</param>
/// <param name="Reflection">A sample reflection of the resistance (rolling with it).</param>
/// <param name="Argument">A sample argument on the same scene (the righting reflex).</param>
/// <param name="Undershoot">A sample reflection a bit weaker than said; set on strong affect.</param>
/// <param name="Overshoot">A sample reflection stronger than said; set on strong affect.</param>
public sealed record Drill(
    string PersonaId,
    Language Language,
    string Id,
    DrillSource Source,
    bool StrongAffect,
    string Scene,
    string Helper,
    string Client,
    string Reflection,
    string Argument,
    string? Undershoot,
    string? Overshoot);
