using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Resistance;

public class BalloonModelTests
{
    private static Persona Lasse => Catalogs.Scenarios.All.Single(p => p.Id == "lasse");

    private static SessionState State(Talk lastTalk, double s = 50, double a = 50, double d = 30, int questions = 0) => new()
    {
        PersonaId = "lasse",
        Language = Language.Nb,
        Seed = 1,
        Rng = 1,
        State = ClientState.Exploring,
        Resistance = new ResistanceLevels(s, a, d),
        Trust = 40,
        ChangeTalk = 30,
        LastTalk = lastTalk,
        QuestionRun = questions,
    };

    [Theory]
    [InlineData(Talk.Sustain, ResistanceSource.Sustain)]
    [InlineData(Talk.Autonomy, ResistanceSource.Autonomy)]
    [InlineData(Talk.Discord, ResistanceSource.Discord)]
    public void Apply_ReflectionOfResistance_LowersTheSourceItReflectsMost(Talk talk, ResistanceSource source)
    {
        var update = BalloonModel.Apply(State(talk), Lasse, MitiCode.ReflectionSimple, false, 0);

        Assert.True(update.Delta[source] < 0);
        Assert.Equal(source, new[] { ResistanceSource.Sustain, ResistanceSource.Autonomy, ResistanceSource.Discord }.MinBy(x => update.Delta[x]));
    }

    [Fact]
    public void Apply_ReflectionOfChangeTalk_GrowsChangeTalk()
    {
        var before = State(Talk.Change);
        var update = BalloonModel.Apply(before, Lasse, MitiCode.ReflectionComplex, false, 0);

        Assert.True(update.ChangeTalk > before.ChangeTalk + 5);
    }

    [Theory]
    [InlineData(MitiCode.Persuade)]
    [InlineData(MitiCode.Confront)]
    public void Apply_RightingReflex_RaisesAutonomyAndDiscordAndNeverGrowsChangeTalk(MitiCode push)
    {
        var before = State(Talk.Neutral);
        var update = BalloonModel.Apply(before, Lasse, push, false, 0);

        Assert.True(update.Delta.Autonomy > 5);
        Assert.True(update.Delta.Discord > 0);
        Assert.True(update.ChangeTalk <= before.ChangeTalk);
    }

    [Theory]
    [InlineData(MitiCode.Persuade)]
    [InlineData(MitiCode.ReflectionComplex)]
    public void Apply_ThirdReply_WeighsMoreThanTheSameMoveElsewhere(MitiCode move)
    {
        var calm = BalloonModel.Apply(State(Talk.Neutral), Lasse, move, false, 0);
        var afterResistance = BalloonModel.Apply(State(Talk.Affect), Lasse, move, false, 0);

        Assert.True(Math.Abs(afterResistance.Delta.Autonomy + afterResistance.Delta.Discord) > Math.Abs(calm.Delta.Autonomy + calm.Delta.Discord));
    }

    [Fact]
    public void Apply_PushingWhereResistanceIsHigh_SpillsIntoDiscord()
    {
        var low = BalloonModel.Apply(State(Talk.Neutral, s: 30, a: 30, d: 20), Lasse, MitiCode.Persuade, false, 0);
        var high = BalloonModel.Apply(State(Talk.Neutral, s: 85, a: 85, d: 20), Lasse, MitiCode.Persuade, false, 0);

        Assert.True(high.Delta.Discord > low.Delta.Discord * 2);
    }

    [Fact]
    public void Apply_SameReflectionRepeated_LosesItsEffect()
    {
        var first = BalloonModel.Apply(State(Talk.Sustain), Lasse, MitiCode.ReflectionComplex, false, 0);
        var again = BalloonModel.Apply(State(Talk.Sustain), Lasse, MitiCode.ReflectionComplex, false, 1);
        var third = BalloonModel.Apply(State(Talk.Sustain), Lasse, MitiCode.ReflectionComplex, false, 2);

        Assert.True(again.Delta.Sustain > first.Delta.Sustain);
        Assert.True(third.Delta.Sustain >= 0);
        Assert.True(third.Resistance.Pressure > first.Resistance.Pressure);
    }

    [Fact]
    public void Apply_QuestionAfterQuestions_DoesNotDeflate()
    {
        var update = BalloonModel.Apply(State(Talk.Neutral, questions: 3), Lasse, MitiCode.QuestionOpen, false, 0);

        Assert.True(update.Resistance.Pressure > State(Talk.Neutral).Resistance.Pressure);
    }

    [Fact]
    public void Apply_InformationWithPermission_LandsBetterThanWithout()
    {
        var asked = BalloonModel.Apply(State(Talk.Neutral), Lasse, MitiCode.GivingInformation, true, 0);
        var unasked = BalloonModel.Apply(State(Talk.Neutral), Lasse, MitiCode.GivingInformation, false, 0);

        Assert.True(asked.Resistance.Pressure < unasked.Resistance.Pressure);
    }

    [Fact]
    public void Pressure_OneHighSource_InflatesMoreThanEvenLevels()
    {
        var even = new ResistanceLevels(40, 40, 40);
        var squeezed = new ResistanceLevels(10, 10, 100);

        Assert.True(squeezed.Pressure > even.Pressure);
        Assert.Equal(ResistanceSource.Discord, squeezed.Dominant);
    }
}
