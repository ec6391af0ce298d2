namespace MiClientBot.Web.Classroom;

/// <summary>What went wrong with a class request; the endpoints and the chat each say it in their own words.</summary>
internal enum ClassError
{
    NoSuchClass,
    ClassFull,
    TooManyClasses,
    UnknownPersona,
    PersonaLanguage,
    NoRoundOpen,
    RoundMoved,
    UnknownReply,
    EmptyReply,
    ReplyTooLong,
    NotInClass,
    ClassEnded,
    NoDrills,
}
