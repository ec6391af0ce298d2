using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace MiClientBot.Core.Tests.Sessions;

public class DynamicsProbe(ITestOutputHelper output)
{
    [Theory]
    [InlineData("ingrid", "nb")]
    [InlineData("lasse", "nb")]
    [InlineData("gary", "en")]
    [InlineData("sara", "en")]
    [InlineData("mads", "da")]
    public void Probe(string persona, string lang)
    {
        LanguageCodes.TryParse(lang, out var language);
        var engine = new ClientEngine(Catalogs.Scenarios, new ScriptedCoder());
        foreach (var script in new[] { Scripts.GoodMi, Scripts.RightingReflex })
        {
            foreach (var r in Scripts.Play(engine, persona, language, script))
            {
                var s = r.State;
                output.WriteLine($"{s.Turn,2} {r.Coding.Main,-22} {s.State.ToName(),-16} S{s.Resistance.Sustain,5:0} A{s.Resistance.Autonomy,5:0} D{s.Resistance.Discord,5:0} P{s.Resistance.Pressure,5:0} C{s.ChangeTalk,5:0} T{s.Trust,5:0} {r.Talk,-8} {r.Reply}");
            }

            output.WriteLine("----");
        }
    }
}
