namespace MiClientBot.Web.Diagnostics;

/// <summary>The answer of /diagnostics/memory: live managed bytes, the GC heap size, and the process working set.</summary>
internal sealed record MemoryFigures(long LiveBytes, long HeapBytes, long WorkingSetBytes);
