using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// One-time codes on the wire: a code works once, so a verification that may have reached Masivo is never sent again
/// (a repeat could only be refused as "used already"), while one that certainly did not (a 429) is.
/// </summary>
public sealed class TotpWireTests
{
    private const string Verified = """{"data":{"customer":{"id":"c-1"},"wallet":{"lines":[],"totals":[]},"metadata":{}}}""";

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task A_verification_answered_a_transient_error_is_sent_once(int status)
    {
        var consumed = 0;
        await using var server = await KestrelStub.StartAsync(context =>
        {
            // The first request uses the code up and fails; a repeat would be told the code is used already.
            if (Interlocked.Increment(ref consumed) == 1)
            {
                context.Response.StatusCode = status;
                return context.Response.WriteAsync("""{"error":"Unavailable","details":"try later"}""");
            }

            context.Response.StatusCode = 404;
            return context.Response.WriteAsync("""{"error":"Not found","details":"Invalid or expired code"}""");
        });
        using var client = server.CreateClient(o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => client.Totp.VerifyAsync("1234"));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task A_verification_whose_connection_drops_after_sending_is_sent_once()
    {
        await using var server = await KestrelStub.StartAsync(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using var client = server.CreateClient(o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<MasivoConnectionException>(() => client.Totp.VerifyAsync("1234"));

        Assert.True(error.RequestMayHaveBeenSent);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task A_verification_answered_429_is_sent_again()
    {
        var attempt = 0;
        await using var server = await KestrelStub.StartAsync(context =>
        {
            if (Interlocked.Increment(ref attempt) == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "0";
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(Verified);
        });
        using var client = server.CreateClient(o => o.MaxRetries = 3);

        var verified = await client.Totp.VerifyAsync("1234");

        Assert.Equal("c-1", verified.Customer?.Id);
        Assert.Equal(2, server.Attempts);
    }
}
