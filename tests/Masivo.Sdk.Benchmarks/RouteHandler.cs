using System.Net;
using System.Text;

namespace Masivo.Sdk.Benchmarks;

/// <summary>An in-memory Masivo: reads the request body and answers the seed response of the route, as the network would.</summary>
public sealed class RouteHandler : HttpMessageHandler
{
    private static readonly byte[] RedeemBody = Encoding.UTF8.GetBytes(SeedResponses.Redeem);
    private static readonly byte[] CreateBody = Encoding.UTF8.GetBytes(SeedResponses.Create);
    private static readonly byte[] SearchBody = Encoding.UTF8.GetBytes(SeedResponses.Search);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        var path = request.RequestUri!.AbsolutePath;
        var body = path.EndsWith("/coupons/redeem", StringComparison.Ordinal) ? RedeemBody
            : path.EndsWith("/customers", StringComparison.Ordinal) ? CreateBody
            : SearchBody;
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content };
    }
}
