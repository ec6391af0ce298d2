namespace MiClientBot.Web.DirectLine;

/// <summary>Direct Line's error body, {"error": {"code", "message"}}, which its clients read.</summary>
internal static class DirectLineErrors
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult MissingAuthorization() =>
        Error(StatusCodes.Status401Unauthorized, "MissingToken", "Send Authorization: Bearer TOKEN (or the Direct Line secret).");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult Expired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);
}
