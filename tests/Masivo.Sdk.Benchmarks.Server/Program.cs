using System.Text;
using Masivo.Sdk.Benchmarks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// A loopback Masivo for the socket benchmarks: reads each request body to the end and answers the seed
// response of its route, with a Content-Length. Prints its address on the first line of stdout and
// stops when stdin closes (the benchmark that started it ended, however it ended).
var redeem = Encoding.UTF8.GetBytes(SeedResponses.Redeem);
var customer = Encoding.UTF8.GetBytes(SeedResponses.Create);
var search = Encoding.UTF8.GetBytes(SeedResponses.Search);
var migrate = Encoding.UTF8.GetBytes(SeedResponses.Migrate);

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null); // a 10,000-contact batch is ~12 MB

var app = builder.Build();
app.Run(async context =>
{
    var request = context.Request;
    await request.Body.CopyToAsync(Stream.Null, context.RequestAborted);

    var path = request.Path.Value ?? string.Empty;
    var post = HttpMethods.IsPost(request.Method);
    var body = post && path.EndsWith("/coupons/redeem", StringComparison.Ordinal) ? redeem
        : post && path.EndsWith("/contacts/migrate", StringComparison.Ordinal) ? migrate
        : post && path.EndsWith("/customers", StringComparison.Ordinal) ? customer
        : !post && path.Contains("/customers/", StringComparison.Ordinal) ? customer
        : !post && path.EndsWith("/contacts", StringComparison.Ordinal) ? search
        : null;
    if (body is null)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body, context.RequestAborted);
});

await app.StartAsync();
Console.WriteLine(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
Console.Out.Flush();
await Console.In.ReadToEndAsync();
await app.StopAsync();
