using MiClientBot.Coding;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Drills;

/// <summary>The drills the tests run: the small fixture here, and every real drill file in scenarios/drills/ (whichever exist).</summary>
internal static class DrillData
{
    public const string FixtureSet = "fixture", ScenarioSet = "scenarios";

    private static readonly Lazy<DrillCatalog> FixtureCatalog = new(() => DrillCatalog.Load(FixtureFolder, Catalogs.Scenarios.All));

    private static readonly Lazy<DrillCatalog> ScenarioCatalog = new(() => DrillCatalog.Beside(Catalogs.Scenarios));

    private static readonly Lazy<DrillRunner> SharedRunner = new(() => new DrillRunner(new ClientEngine(Catalogs.Scenarios, TraineeMoveCoder.CreateDefault())));

    public static string FixtureFolder => Path.Combine(Repo.Root, "tests", "MiClientBot.Core.Tests", "Drills", "Fixtures");

    public static DrillCatalog Fixture => FixtureCatalog.Value;

    public static DrillRunner Runner => SharedRunner.Value;

    /// <summary>Every drill: (set, persona, language, id).</summary>
    public static TheoryData<string, string, string, string> All() => Rows(_ => true);

    /// <summary>Every drill with affect: strong.</summary>
    public static TheoryData<string, string, string, string> StrongAffect() => Rows(d => d.StrongAffect);

    public static Drill Find(string set, string persona, string language, string id)
    {
        LanguageCodes.TryParse(language, out var lang);
        return Catalog(set).For(persona, lang).Single(d => d.Id == id);
    }

    private static DrillCatalog Catalog(string set) => set == FixtureSet ? Fixture : ScenarioCatalog.Value;

    private static TheoryData<string, string, string, string> Rows(Func<Drill, bool> which)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var set in new[] { FixtureSet, ScenarioSet })
        {
            foreach (var persona in Catalogs.Scenarios.All)
            {
                foreach (var language in persona.Languages)
                {
                    foreach (var drill in Catalog(set).For(persona.Id, language).Where(which))
                    {
                        data.Add(set, persona.Id, language.ToCode(), drill.Id);
                    }
                }
            }
        }

        return data;
    }
}
