using System.Reflection;
using MiClientBot.Coding.Analysis;
using MiClientBot.Coding.Model;

namespace MiClientBot.Coding.Tests.Analysis;

public class CueTemplatesTests
{
    /// <summary>Each template by its English text (the templates themselves are internal).</summary>
    public static TheoryData<string> Templates() => [.. CueTemplates.All.Select(t => t.En)];

    internal static CueTemplate Find(string english) => CueTemplates.All.Single(t => t.En == english);

    [Fact]
    public void All_EveryTemplateOfTheTable_IsListedOnce()
    {
        // A template declared but left out of All would be shown in English in nb/da sessions.
        var declared = typeof(CueTemplates).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.Name != nameof(CueTemplates.All))
            .SelectMany(f => f.GetValue(null) switch
            {
                CueTemplate one => [one],
                CueTemplate[] many => many,
                _ => Array.Empty<CueTemplate>(),
            })
            .ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared.Count, CueTemplates.All.Length);
        Assert.Equal(declared.ToHashSet(), CueTemplates.All.ToHashSet());
        Assert.Equal(CueTemplates.All.Length, CueTemplates.All.Select(t => t.En).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void All_EveryTemplate_HasNorwegianAndDanishWithTheSameSlot(string english)
    {
        var template = Find(english);
        var slots = SlotCount(english);

        Assert.InRange(slots, 0, 1);
        foreach (var text in new[] { template.Nb, template.Da })
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"no translation of \"{english}\"");
            Assert.NotEqual(english, text);
            Assert.Equal(slots, SlotCount(text));
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void All_QuotedSlot_IsQuotedInEachLanguagesOwnMarks(string english)
    {
        var template = Find(english);
        var quoted = english.Contains("'{0}'", StringComparison.Ordinal);

        Assert.Equal(quoted, template.Nb.Contains("«{0}»", StringComparison.Ordinal));
        Assert.Equal(quoted, template.Da.Contains("»{0}«", StringComparison.Ordinal));
        Assert.DoesNotContain("'", template.Nb, StringComparison.Ordinal);
        Assert.DoesNotContain("'", template.Da, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_EachTemplate_NamesItsBehaviourLabelInOrder()
    {
        Assert.Equal(ModelLabels.Behaviour.Count, CueTemplates.Model.Length);
        for (var i = 0; i < CueTemplates.Model.Length; i++)
        {
            Assert.Equal($"the statistical model reads it as {ModelLabels.Behaviour[i].Replace('_', ' ')} (p={{0}})", CueTemplates.Model[i].En);
        }
    }

    private static int SlotCount(string text) => (text.Length - text.Replace("{0}", string.Empty, StringComparison.Ordinal).Length) / 3;
}
