using MiClientBot.Coding;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Scoring;

/// <summary>The client's own words in the report cite only what happened in the session.</summary>
public class DebriefTests
{
    private static readonly ClientEngine Engine = new(Catalogs.Scenarios, new ScriptedCoder());

    public static TheoryData<string, string> PersonaLanguages() => Catalogs.PersonaLanguages();

    private static Language Lang(string code) => LanguageCodes.TryParse(code, out var l) ? l : throw new ArgumentException(code);

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Build_SessionWithoutAdviceOrPushing_FeltLinesNameNoLeafletAndNoShould(string persona, string lang)
    {
        var codes = Enumerable.Repeat("question-closed", 12).Concat(["reflection-simple", "question-open", "reflection-complex"]);
        foreach (var seed in new long[] { 1, 2, 3, 4, 5 })
        {
            var opening = Engine.Start(persona, Lang(lang), seed).State;
            var turns = Scripts.Play(Engine, persona, Lang(lang), codes, seed);

            var report = ReportBuilder.Build(Catalogs.Scenarios.All.Single(p => p.Id == persona), Lang(lang), opening, turns);

            foreach (var line in report.ClientFelt)
            {
                var kinds = DebriefEvidence.Kinds(line, Lang(lang));
                Assert.True(kinds.All(k => k == "question"), $"'{line}' cites {string.Join(", ", kinds)}");
            }
        }
    }
}
