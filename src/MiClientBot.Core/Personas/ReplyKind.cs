namespace MiClientBot.Core.Personas;

/// <summary>A bank of client lines in a persona file.</summary>
public enum ReplyKind
{
    Greeting,
    ChangeDesire, ChangeAbility, ChangeReasons, ChangeNeed, ChangeCommitment, ChangeActivation, ChangeTakingSteps,
    SustainDesire, SustainAbility, SustainReasons, SustainNeed, SustainCommitment, SustainActivation, SustainTakingSteps,
    Neutral,
    Elaborating,
    AutonomyActive,
    AutonomyPassive,
    Discord,
    Affect,
    InfoWithPermission,
    InfoWithoutPermission,
    Affirmation,
    Values,
    System,
    Planning,
    Committing,
    Walkout,
    DebriefWarm,
    DebriefMixed,
    DebriefHurt,
}
