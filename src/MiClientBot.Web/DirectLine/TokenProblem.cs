namespace MiClientBot.Web.DirectLine;

/// <summary>Why a presented token grants nothing.</summary>
internal enum TokenProblem
{
    None,
    Invalid,
    Expired,
}
