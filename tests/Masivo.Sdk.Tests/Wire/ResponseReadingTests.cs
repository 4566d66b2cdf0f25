using System.Net.Http.Headers;
using System.Text;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>How the SDK reads a success body off the wire: straight from the stream when UTF-8, transcoded otherwise.</summary>
public sealed class ResponseReadingTests
{
    private const string Body = """{"data":[{"id":"c-1","first_name":"José","email":"jose@example.com"}]}""";

    private static RequestDelegate Answer(string contentType, Encoding encoding) => async context =>
    {
        var bytes = encoding.GetBytes(Body);
        context.Response.StatusCode = 200;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    };

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    public async Task A_utf8_body_is_read_with_its_accents(string contentType)
    {
        await using var stub = await KestrelStub.StartAsync(Answer(contentType, Encoding.UTF8));
        using var client = stub.CreateClient();

        var contact = Assert.Single(await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jose@example.com" }));

        Assert.Equal("José", contact.FirstName);
    }

    [Fact]
    public async Task A_body_in_another_declared_charset_is_transcoded_not_misread()
    {
        await using var stub = await KestrelStub.StartAsync(Answer("application/json; charset=iso-8859-1", Encoding.Latin1));
        using var client = stub.CreateClient();

        var contact = Assert.Single(await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jose@example.com" }));

        Assert.Equal("José", contact.FirstName);
    }

    [Fact]
    public async Task A_body_in_an_unknown_charset_is_an_invalid_response_naming_the_operation()
    {
        await using var stub = await KestrelStub.StartAsync(Answer("application/json; charset=x-unheard-of", Encoding.UTF8));
        using var client = stub.CreateClient();

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jose@example.com" }));

        Assert.Equal("contacts.search", error.Operation);
        Assert.Equal(200, error.StatusCode);
    }

    [Theory]
    [InlineData(true, "application/json")]
    [InlineData(false, "application/json")]
    [InlineData(false, "application/json; charset=iso-8859-1")]
    [InlineData(false, "application/json; charset=utf-16")]
    public async Task An_answer_over_the_64_MiB_limit_is_an_invalid_response_never_retried(bool declaresLength, string contentType)
    {
        const int Chunk = 1024 * 1024;
        await using var stub = await KestrelStub.StartAsync(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = contentType;
            if (declaresLength)
            {
                context.Response.ContentLength = 65L * Chunk;
            }

            // A JSON string that never ends, in the declared charset: valid as far as it goes, so only the limit stops the reading.
            var charset = MediaTypeHeaderValue.Parse(contentType).CharSet;
            var encoding = charset is null ? new UTF8Encoding(false) : Encoding.GetEncoding(charset);
            await context.Response.Body.WriteAsync(encoding.GetBytes("{\"data\": \""), context.RequestAborted);
            var chunk = encoding.GetBytes(new string('a', Chunk / encoding.GetByteCount("a")));
            for (var i = 0; i < 65 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        using var client = stub.CreateClient();

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jose@example.com" }));

        Assert.Contains("the limit is 64 MiB", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("contacts.search", error.Operation);
        Assert.Equal(1, stub.Attempts);
    }

    // The body is read from the connection inside the attempt: a body cut off after its headers is a broken
    // connection, which a search survives by asking again and a redeem reports as possibly processed.
    private static RequestDelegate CutShortOnce(string completeBody)
    {
        var calls = 0;
        return async context =>
        {
            var bytes = Encoding.UTF8.GetBytes(completeBody);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = bytes.Length;
            if (Interlocked.Increment(ref calls) == 1)
            {
                await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
            }

            await context.Response.Body.WriteAsync(bytes);
        };
    }

    [Fact]
    public async Task A_success_body_cut_short_is_read_again_for_a_search()
    {
        await using var stub = await KestrelStub.StartAsync(CutShortOnce(Body));
        using var client = stub.CreateClient();

        var contacts = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jose@example.com" });

        Assert.Equal("José", Assert.Single(contacts).FirstName);
        Assert.Equal(2, stub.Attempts);
    }

    [Fact]
    public async Task A_success_body_cut_short_fails_a_redeem_once_as_possibly_processed()
    {
        await using var stub = await KestrelStub.StartAsync(CutShortOnce("""{"data":{"coupon":{"code":"WELCOME10"}}}"""));
        using var client = stub.CreateClient();

        var error = await Assert.ThrowsAsync<MasivoConnectionException>(
            () => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "WELCOME10" }));

        Assert.True(error.RequestMayHaveBeenSent);
        Assert.Equal("coupons.redeem", error.Operation);
        Assert.Equal(1, stub.Attempts);
    }
}
