using System.Text.RegularExpressions;
using MiClientBot.Coding;
using MiClientBot.Core.Evaluation;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Replies;

/// <summary>The client answers what it was asked, from its own file, asked as the first move of a fresh session.</summary>
public class AnswerTests
{
    private static readonly ClientEngine Engine = new(Catalogs.Scenarios, TraineeMoveCoder.CreateDefault());

    private static readonly Lazy<IReadOnlyList<RelevanceQuestion>> Set =
        new(() => RelevanceEvaluator.Load(Path.Combine(Repo.Root, "tests", "relevance")));

    public static TheoryData<string, string> PersonaLanguages() => Catalogs.PersonaLanguages();

    private static Language Lang(string code) => LanguageCodes.TryParse(code, out var l) ? l : throw new ArgumentException(code);

    private static List<RelevanceQuestion> Questions(string persona, string lang, Func<string, bool> topic) =>
        [.. Set.Value.Where(q => q.PersonaId == persona && q.Language == Lang(lang) && topic(q.Topic))];

    private static TurnResult Ask(RelevanceQuestion q) => Engine.Respond(Engine.Start(q.PersonaId, q.Language, 1).State, q.Question);

    [Fact]
    public void EvalRelevance_EveryLanguage_AtLeast95PercentOfAnswersFit()
    {
        var outcomes = RelevanceEvaluator.Evaluate(Engine, Set.Value, 1);

        foreach (var language in outcomes.GroupBy(o => o.Question.Language))
        {
            var share = (double)language.Count(o => o.Fits) / language.Count();
            Assert.True(share >= 0.95, $"{language.Key.ToCode()}: {share:0.000}");
        }
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_FactQuestion_GetsThePersonasFact(string persona, string lang)
    {
        var questions = Questions(persona, lang, t => t is "use.amount" or "use.frequency" or "use.since" or "use.what");

        Assert.NotEmpty(questions);
        var misses = questions.Select(q => (q, Ask(q).Reply)).Where(a => !Regex.IsMatch(a.Reply, a.q.Must, RegexOptions.IgnoreCase)).ToList();
        Assert.True(misses.Count * 10 <= questions.Count, string.Join("\n", misses.Select(m => $"{m.q.Question} -> {m.Reply}")));
    }

    [Theory]
    [InlineData("gary", "en", "How much you drink is totally your decision.")]
    [InlineData("lasse", "nb", "Hvor mye du drikker er helt ditt valg.")]
    [InlineData("mads", "da", "Hvor meget du drikker er helt dit valg.")]
    [InlineData("gary", "en", "isnt it up to you in the end what you do about the drinking?")]
    [InlineData("mads", "da", "er det ikke i sidste ende op til dig, hvad du gør med drikkeriet?")]
    public void Respond_AutonomyThatOpensLikeAQuestion_IsNotAnsweredWithAnAmount(string persona, string lang, string move)
    {
        var turn = Engine.Respond(Engine.Start(persona, Lang(lang), 1).State, move);

        Assert.Equal(MitiCode.EmphasizingAutonomy, turn.Coding.Main);
        Assert.False(turn.Answered, turn.Reply);
    }

    [Theory]
    [InlineData("gary", "en", "If you could change one thing about your evenings, what would make the most sense to you")]
    [InlineData("lasse", "nb", "Hvis du kunne endre én ting med kveldene dine, hva ville gi mest mening for deg?")]
    [InlineData("mads", "da", "Hvis du kunne ændre én ting ved dine weekender, hvad ville så give mest mening for dig?")]
    public void Respond_OneThingToChange_IsAnsweredAboutAPlan(string persona, string lang, string move)
    {
        var turn = Engine.Respond(Engine.Start(persona, Lang(lang), 1).State, move);

        Assert.Equal("plan.what", turn.Topic);
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_ScaleQuestion_GetsANumber(string persona, string lang)
    {
        var questions = Questions(persona, lang, t => t is "scale.importance" or "scale.confidence");

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Matches(@"\b(10|[0-9])\b", Ask(q).Reply));
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_WhyNotLower_GetsReasonsForChange(string persona, string lang)
    {
        var questions = Questions(persona, lang, t => t == "scale.lower");

        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            var turn = Ask(q);
            Assert.Equal(Talk.Change, turn.Talk);
            Assert.Matches(@"\b(10|[0-9])\b", turn.Reply);
        });
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_Nonsense_GetsAFittingNonAnswer(string persona, string lang)
    {
        var unknown = Catalogs.Scenarios.All.Single(p => p.Id == persona).Text(Lang(lang)).Answers["unknown"];
        var lines = unknown.Open.Concat(unknown.Guarded).Concat(unknown.Refuse).ToList();

        foreach (var mash in new[] { "asdfjkl", "qwerty sdfg" })
        {
            var turn = Engine.Respond(Engine.Start(persona, Lang(lang), 1).State, mash);
            Assert.Contains(turn.Reply, lines);
        }
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_NamedPerson_IsAnsweredAboutThatPerson(string persona, string lang)
    {
        var people = Catalogs.Scenarios.All.Single(p => p.Id == persona).People.Where(p => p.Names.Count > 0).ToList();
        var questions = Questions(persona, lang, t => people.Any(p => p.Topic == t))
            .Where(q => people.Single(p => p.Topic == q.Topic).Names.Any(n => q.Question.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.NotEmpty(questions);
        var misses = questions.Where(q => Ask(q).Topic != q.Topic).Select(q => q.Question).ToList();
        Assert.True(misses.Count * 10 <= questions.Count, string.Join("\n", misses));
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_RulerAskedAgain_GivesTheSameNumberOrHigher(string persona, string lang)
    {
        var ruler = Questions(persona, lang, t => t == "scale.importance").First();
        var state = Engine.Start(persona, Lang(lang), 1).State;

        var first = Engine.Respond(state, ruler.Question);
        var second = Engine.Respond(first.State, ruler.Question);

        Assert.NotNull(first.State.Importance);
        Assert.InRange(second.State.Importance!.Value, first.State.Importance!.Value, first.State.Importance.Value + 2);
        Assert.Contains(second.State.Importance.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), second.Reply, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_WhatWouldMakeItHigher_KeepsTheNumberGivenAndNamesAnother(string persona, string lang)
    {
        var ruler = Questions(persona, lang, t => t == "scale.importance").First();
        var first = Engine.Respond(Engine.Start(persona, Lang(lang), 1).State, ruler.Question);
        var given = first.State.Importance!.Value;

        var turn = Engine.Respond(first.State, HigherFollowUp[lang]);

        var numbers = Regex.Matches(turn.Reply, @"\b(10|[0-9])\b").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(given, numbers);
        // A 10 has no higher number ("maybe 10 and not 10"): the client says why it is that high.
        Assert.Contains(numbers, n => given == 10 ? n < given : n > given);
    }

    [Theory]
    [InlineData("gary", "en", "And how sure are you that you could do it?")]
    [InlineData("lasse", "nb", "Og hvor sikker er du på at du kan klare det?")]
    [InlineData("ingrid", "da", "Og hvor sikker er du på, at du kan tage telefonen, hvis du beslutter dig?")]
    public void Respond_HowSureAfterARuler_AnswersTheConfidenceRulerWithANumber(string persona, string lang, string followUp)
    {
        var ruler = Questions(persona, lang, t => t == "scale.importance").First();
        var first = Engine.Respond(Engine.Start(persona, Lang(lang), 1).State, ruler.Question);

        var turn = Engine.Respond(first.State, followUp);

        Assert.NotNull(turn.State.Confidence);
        Assert.Contains(turn.State.Confidence.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), turn.Reply, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string> HigherFollowUp = new()
    {
        ["en"] = "What would it take for that number to go a bit higher?",
        ["nb"] = "Hva skulle til for at tallet ble litt høyere?",
        ["da"] = "Hvad skulle der til, for at tallet kom lidt højere op?",
    };

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_FortyQuestionsInOneSession_NoClientLineRepeatsVerbatim(string persona, string lang)
    {
        var questions = Questions(persona, lang, _ => true);
        var state = Engine.Start(persona, Lang(lang), 1).State;
        var replies = new List<string>();

        for (var i = 0; i < 40; i++)
        {
            var turn = Engine.Respond(state, questions[i % questions.Count].Question);
            if (turn.Ended)
            {
                break;
            }

            replies.Add(turn.Reply);
            state = turn.State;
        }

        Assert.Equal(replies.Count, replies.Distinct(StringComparer.Ordinal).Count());
    }
}
