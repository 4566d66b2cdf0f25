using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>Answers a hostile or broken server may send get the documented exception, or none when the call succeeded.</summary>
public sealed class HostileAnswerTests
{
    [Theory]
    [InlineData("1e300", "1e-300")]
    [InlineData("Infinity", "0")]
    [InlineData("99999999999999", "1")]
    public async Task Extreme_rate_limit_headers_on_an_acknowledged_batch_do_not_fail_it(string reset, string remaining)
    {
        await using var stub = await KestrelStub.StartAsync(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.Headers["X-RateLimit-Reset"] = reset;
            context.Response.Headers["X-RateLimit-Remaining"] = remaining;
            await context.Response.WriteAsync("""{"data":{"message":"Contacts batch enqueued successfully"}}""");
        });
        using var client = stub.CreateClient(o => { o.MaxRetryAfter = TimeSpan.FromMilliseconds(100); o.MigrationRequestInterval = TimeSpan.Zero; });

        var result = await client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "c-1" }, new ContactMigrationRecord { ExternalId = "c-2" }], new MigrationOptions { BatchSize = 1 });

        Assert.True(result.IsSuccess);
        Assert.Equal(2, stub.Attempts);
    }

    [Fact]
    public async Task A_body_that_cannot_be_decompressed_is_an_invalid_response()
    {
        await using var stub = await KestrelStub.StartAsync(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync("this is not gzip at all"u8.ToArray());
        });
        using var client = stub.CreateClient();

        await Assert.ThrowsAsync<MasivoInvalidResponseException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));
    }
}
