using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Scoring;

/// <summary>Builds the MITI-style report of a session from its turns.</summary>
internal static class ReportBuilder
{
    public static SessionReport Build(Persona persona, Language language, SessionState opening, IReadOnlyList<TurnResult> turns)
    {
        var counts = Count(turns);
        var globals = Globals(turns, counts, language);
        var relational = (globals[2].Score + globals[3].Score) / 2;
        var technical = (globals[0].Score + globals[1].Score) / 2;
        var scores = new List<SummaryScore>
        {
            Score("rq", ReportText.Get("rq", language), counts.Questions == 0 ? (counts.Reflections > 0 ? counts.Reflections : null) : (double)counts.Reflections / counts.Questions, 1, 2)
                .Rated(counts.Questions + counts.Reflections, MinMoves),
            Percent("pctComplexReflections", ReportText.Get("pcr", language), counts.Reflections == 0 ? null : (double)counts.ComplexReflections / counts.Reflections, 0.4, 0.5)
                .Rated(counts.Reflections, MinMoves),
            // MITI 4.2.1 gives no thresholds for the MIA and MINA counts; MITI 3.1.1's % MI-adherent does (90% fair, 100% good).
            Percent("pctMiAdherent", ReportText.Get("pmia", language), counts.MiAdherent + counts.MiNonAdherent == 0 ? null : (double)counts.MiAdherent / (counts.MiAdherent + counts.MiNonAdherent), 0.9, 1.0)
                .Rated(counts.MiAdherent + counts.MiNonAdherent, MinMoves),
            Score("relational", ReportText.Get("relational", language), relational, 3.5, 4).Rated(turns.Count, MinTurns),
            Score("technical", ReportText.Get("technical", language), technical, 3, 4).Rated(turns.Count, MinTurns),
        };

        var balloon = new List<BalloonPoint> { Point(0, opening) };
        balloon.AddRange(turns.Select(t => Point(t.State.Turn, t.State)));
        var talk = turns.Where(t => t.Talk is Talk.Change or Talk.Sustain)
            .Select(t => new VoicedTalk(t.State.Turn, t.Talk.ToName(), t.Kind.DarnCatSubtype() ?? t.Kind.ToPath(), t.Reply)).ToList();
        var final = turns.Count > 0 ? turns[^1].State : opening;
        return new SessionReport(
            persona.Id, persona.Name, language.ToCode(), turns.Count, final.State.ToName(), counts, scores, globals, balloon, talk,
            KeyMoments(opening, turns, persona, language), Felt(persona, language, final, turns, counts));
    }

    /// <summary>
    /// Below this many moves of the kinds a score is built from, the score is shown but not rated: three
    /// reflections make no reliable % complex, two moves no R:Q.
    /// </summary>
    private const int MinMoves = 3;

    /// <summary>A global estimate needs a conversation of at least this many turns to be rated.</summary>
    private const int MinTurns = 5;

    /// <summary>Below this coder confidence a move is not shown as a key moment: advice attached to a misread move misleads.</summary>
    private const double KeyMomentConfidence = 0.6;

    private static MitiCounts Count(IReadOnlyList<TurnResult> turns)
    {
        var byCode = MitiCodes.All.ToDictionary(c => c.ToName(), _ => 0);
        foreach (var t in turns)
        {
            var pushes = t.Coding.Main is MitiCode.Persuade or MitiCode.PersuadeWithPermission or MitiCode.Confront;
            foreach (var code in t.Coding.Codes)
            {
                // A persuading or confronting move is not also a reflection (MITI 4.2.1: one behaviour per utterance).
                if (!(pushes && code.IsReflection()))
                {
                    byCode[code.ToName()]++;
                }
            }
        }

        return new MitiCounts(
            byCode,
            byCode["question-open"] + byCode["question-closed"],
            byCode["reflection-simple"],
            byCode["reflection-complex"],
            byCode["affirm"] + byCode["seeking-collaboration"] + byCode["emphasizing-autonomy"],
            byCode["persuade"] + byCode["confront"]);
    }

    private static List<GlobalEstimate> Globals(IReadOnlyList<TurnResult> turns, MitiCounts counts, Language language)
    {
        var n = Math.Max(1, turns.Count);
        // A reflection said again word for word is not listening: it counts for nothing and its share costs.
        var repeated = turns.Count(t => t.Repeats > 0);
        var repeatedShare = repeated / (double)n;
        var previous = turns.Select((t, i) => i == 0 ? Talk.Neutral : turns[i - 1].Talk).ToList();

        var afterChange = turns.Where((t, i) => previous[i] == Talk.Change).ToList();
        var cultivated = afterChange.Count(t => t.Repeats == 0 && (t.Coding.Main.IsReflection() || t.Coding.Main == MitiCode.QuestionOpen));
        var change = turns.Count(t => t.Talk == Talk.Change);
        var sustain = turns.Count(t => t.Talk == Talk.Sustain);
        var share = change + sustain == 0 ? 0 : (double)change / (change + sustain);
        var cultivatedShare = afterChange.Count == 0 ? 0 : (double)cultivated / afterChange.Count;
        var cct = Clamp(1 + (4 * ((0.5 * cultivatedShare) + (0.5 * Math.Min(1, share * 1.5)))) - (4 * repeatedShare));

        var afterResistance = turns.Where((t, i) => previous[i].IsResistant()).ToList();
        var rolled = afterResistance.Count(t => t.Repeats == 0 && (t.Coding.Main.IsReflection() || t.Coding.Main.IsMiAdherent()));
        var pushed = afterResistance.Count(t => t.Coding.Main.IsMiNonAdherent() || (t.Coding.Main == MitiCode.GivingInformation && t.Talk == Talk.Autonomy));
        var sst = afterResistance.Count == 0 ? 3 : Clamp(1 + (4 * rolled / (double)afterResistance.Count) - (3 * pushed / (double)afterResistance.Count) - (4 * repeatedShare));

        var shared = counts.ByCode["seeking-collaboration"] + counts.ByCode["emphasizing-autonomy"];
        var finalDiscord = turns.Count > 0 ? turns[^1].State.Resistance.Discord : 0;
        var partnership = Clamp(3 + (6 * shared / (double)n) - (8 * counts.MiNonAdherent / (double)n) + (counts.Reflections / (double)n) - (finalDiscord / 50));

        var fresh = turns.Count(t => t.Repeats == 0 && t.Coding.Main.IsReflection());
        var reflectionRate = fresh / (double)n;
        var complexShare = counts.Reflections == 0 ? 0 : counts.ComplexReflections / (double)counts.Reflections;
        var empathy = Clamp(1 + (4 * Math.Min(1, reflectionRate * 1.6)) + complexShare - (6 * counts.MiNonAdherent / (double)n) - (6 * repeatedShare));

        return
        [
            new(ReportText.Get("cct", language), cct, ReportText.Get("cct-why", language, cultivated, afterChange.Count, Math.Round(share * 100))),
            new(ReportText.Get("sst", language), sst, ReportText.Get("sst-why", language, rolled, afterResistance.Count, pushed)),
            new(ReportText.Get("partnership", language), partnership, ReportText.Get("partnership-why", language, shared, counts.MiNonAdherent, Math.Round(finalDiscord))),
            new(ReportText.Get("empathy", language), empathy, ReportText.Get("empathy-why", language, counts.Reflections, turns.Count, counts.ComplexReflections, counts.MiNonAdherent)),
        ];
    }

    private static List<KeyMoment> KeyMoments(SessionState opening, IReadOnlyList<TurnResult> turns, Persona persona, Language language)
    {
        var moments = new List<(double Change, KeyMoment Moment)>();
        var before = opening;
        foreach (var t in turns)
        {
            var change = t.State.Resistance.Pressure - before.Resistance.Pressure;
            if (t.Coding.Confidence < KeyMomentConfidence)
            {
                before = t.State;
                continue;
            }

            var cue = t.Coding.Cues.Count > 0 ? t.Coding.Cues[0] : t.Coding.Main.ToName();
            var advice = change > 0 ? Coach.Suggestion(before, before.LastTalk, persona.Name) : ReportText.Get("worked", language);
            moments.Add((change, new KeyMoment(t.State.Turn, Truncate(t.TraineeText), t.Coding.Main.ToName(), cue, Math.Round(change, 1), t.Reply, advice)));
            before = t.State;
        }

        // The coder's cues are English; only the three moments shown are put in the session language.
        return [.. moments.OrderByDescending(m => Math.Abs(m.Change)).ThenBy(m => m.Moment.Turn).Take(3)
            .Select(m => m.Moment with { Cue = CueLocalizer.Localize(m.Moment.Cue, language) }).OrderBy(m => m.Turn)];
    }

    private static List<string> Felt(Persona persona, Language language, SessionState final, IReadOnlyList<TurnResult> turns, MitiCounts counts)
    {
        var maxDiscord = turns.Count == 0 ? final.Resistance.Discord : turns.Max(t => t.State.Resistance.Discord);
        var kind = final.State == ClientState.WalkedOut || maxDiscord >= 60 || final.Resistance.Pressure >= 60 ? ReplyKind.DebriefHurt
            : final.Resistance.Pressure < 30 && counts.MiNonAdherent <= 1 ? ReplyKind.DebriefWarm
            : ReplyKind.DebriefMixed;
        var lines = Cited(persona.Text(language).Lines(kind), kind, language, turns, counts);
        var random = new SplitMix64(SplitMix64.FromSeed(final.Seed + turns.Count));
        var first = random.Next(lines.Count);
        var second = (first + 1 + random.Next(Math.Max(1, lines.Count - 1))) % lines.Count;
        return first == second ? [lines[first]] : [lines[first], lines[second]];
    }

    /// <summary>
    /// The lines that cite only what happened: "half of it felt like a leaflet" needs information
    /// given, "all that 'should'" a push. Warm lines speak of being heard and are always true of a warm session.
    /// </summary>
    private static IReadOnlyList<string> Cited(IReadOnlyList<string> lines, ReplyKind kind, Language language, IReadOnlyList<TurnResult> turns, MitiCounts counts)
    {
        if (kind == ReplyKind.DebriefWarm)
        {
            return lines;
        }

        var happened = new HashSet<string>();
        if (counts.ByCode["giving-information"] > 0)
        {
            happened.Add("giving-information");
        }

        if (counts.ByCode["persuade"] + counts.ByCode["persuade-with-permission"] > 0)
        {
            happened.Add("persuade");
        }

        if (counts.ByCode["confront"] > 0)
        {
            happened.Add("confront");
        }

        if (counts.Questions >= Math.Max(5, turns.Count / 2))
        {
            happened.Add("question");
        }

        var cited = lines.Where(l => DebriefEvidence.Kinds(l, language) is var kinds && (kinds.Count == 0 || kinds.Any(happened.Contains))).ToList();
        return cited.Count > 0 ? cited : lines;
    }

    private static SummaryScore Score(string id, string name, double? value, double fair, double good) =>
        new(id, name, value is null ? null : Math.Round(value.Value, 2), fair, good,
            value >= good ? ScoreLevel.Good : value >= fair ? ScoreLevel.Fair : ScoreLevel.BelowFair);

    // Judged on the fraction, shown (and stored) as the percentage its name promises.
    private static SummaryScore Percent(string id, string name, double? fraction, double fair, double good) =>
        Score(id, name, fraction, fair, good) with { Value = fraction is null ? null : Math.Round(fraction.Value * 100, 1), Fair = fair * 100, Good = good * 100, IsPercent = true };

    private static BalloonPoint Point(int turn, SessionState s) =>
        new(turn, Math.Round(s.Resistance.Sustain, 1), Math.Round(s.Resistance.Autonomy, 1), Math.Round(s.Resistance.Discord, 1), Math.Round(s.Resistance.Pressure, 1), s.State.ToName());

    private static double Clamp(double score) => Math.Round(Math.Clamp(score, 1, 5), 1);

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
