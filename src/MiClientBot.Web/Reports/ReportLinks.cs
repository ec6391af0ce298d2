using MiClientBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Reports;

/// <summary>The absolute URL of a stored report, for the link on the report card.</summary>
internal sealed class ReportLinks
{
    private readonly WebOptions _options;
    private readonly IHttpContextAccessor _http;

    public ReportLinks(IOptions<WebOptions> options, IHttpContextAccessor http)
    {
        _options = options.Value;
        _http = http;
    }

    public Uri For(string id)
    {
        var origin = PublicOrigin.Of(_options, _http.HttpContext?.Request);
        return new Uri($"{origin}{ReportEndpoints.Route}/{Uri.EscapeDataString(id)}");
    }
}
