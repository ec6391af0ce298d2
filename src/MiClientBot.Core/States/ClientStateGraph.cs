using MiClientBot.Core.Personas;
using Stateless.Graph;

namespace MiClientBot.Core.States;

/// <summary>The client's state machine drawn by Stateless's own exporters, with the guards of a persona's change size.</summary>
public static class ClientStateGraph
{
    /// <summary>The machine as a Mermaid state diagram.</summary>
    public static string Mermaid(ChangeSize size) => MermaidGraph.Format(new ClientMachine(size).GetInfo());

    /// <summary>The machine as a Graphviz DOT (UML-style) digraph.</summary>
    public static string Dot(ChangeSize size) => UmlDotGraph.Format(new ClientMachine(size).GetInfo());
}
