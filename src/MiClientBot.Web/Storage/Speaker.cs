namespace MiClientBot.Web.Storage;

/// <summary>Who said a transcript line.</summary>
internal enum Speaker
{
    /// <summary>The trainee: a move or a command.</summary>
    Trainee,

    /// <summary>The simulated client.</summary>
    Client,
}
