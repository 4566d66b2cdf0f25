using System.IO.Compression;
using System.Net;
using System.Text;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>Answers are not asked for compressed (they are a few KB); a user who wants it turns it on on the transport.</summary>
public sealed class CompressionTests
{
    private const string Body = """{"data":[{"id":"c-1","first_name":"José"}]}""";

    [Fact]
    public async Task By_default_no_compression_is_asked_for()
    {
        string? acceptEncoding = "not seen";
        await using var stub = await KestrelStub.StartAsync(async context =>
        {
            acceptEncoding = context.Request.Headers.AcceptEncoding.ToString();
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Body);
        });
        using var client = stub.CreateClient();

        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jose@example.com" });

        Assert.Equal(string.Empty, acceptEncoding);
    }

    [Fact]
    public async Task A_user_who_turns_decompression_on_gets_compressed_answers_read()
    {
        string? acceptEncoding = null;
        await using var stub = await KestrelStub.StartAsync(async context =>
        {
            acceptEncoding = context.Request.Headers.AcceptEncoding.ToString();
            context.Response.ContentType = "application/json";
            context.Response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(Body));
        });
        using var client = stub.CreateClient(o => o.ConfigurePrimaryHandler = handler => handler.AutomaticDecompression = DecompressionMethods.GZip);

        var contacts = await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jose@example.com" });

        Assert.Contains("gzip", acceptEncoding, StringComparison.Ordinal);
        Assert.Equal("José", Assert.Single(contacts).FirstName);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    public async Task A_compressed_answer_that_does_not_decompress_is_an_invalid_response_with_its_status(int status)
    {
        await using var stub = await KestrelStub.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync("this is not gzip at all"u8.ToArray());
        });
        using var client = stub.CreateClient(o => o.ConfigurePrimaryHandler = handler => handler.AutomaticDecompression = DecompressionMethods.All);

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(
            () => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c-1", Code = "WELCOME10" }));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal("coupons.redeem", error.Operation);
        Assert.Contains("could not decompress", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, stub.Attempts);
    }
}
