using Microsoft.Extensions.Options;
using MiClientBot.Web.Hosting;

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
        var request = _http.HttpContext?.Request;
        var origin = !string.IsNullOrWhiteSpace(_options.PublicBaseUrl)
            ? _options.PublicBaseUrl.TrimEnd('/')
            : request is null ? "http://localhost:3978" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new Uri($"{origin}{ReportEndpoints.Route}/{Uri.EscapeDataString(id)}");
    }
}
