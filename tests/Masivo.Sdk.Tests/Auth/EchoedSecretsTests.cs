using System.Net;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Auth;

/// <summary>
/// Secrets the server quotes back are redacted whatever request the error answers and however the
/// JSON escaped them: the client knows its key and the tokens it sent.
/// </summary>
public sealed class EchoedSecretsTests
{
    private static void AssertRedacted(MasivoApiException error, string secret)
    {
        foreach (var text in new[] { error.Message, error.ToString(), error.Details, error.Error, error.Requirement, error.ResponseBody })
        {
            Assert.DoesNotContain(secret, text ?? string.Empty, StringComparison.Ordinal);
        }

        Assert.Contains("[redacted]", error.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_key_quoted_in_an_answer_to_an_ordinary_call_is_redacted()
    {
        await using var server = await MasivoFakeServer.StartAsync();
        using var client = server.CreateClient(o => o.MaxRetries = 0);
        server.FailNext(FakeRoute.SearchContacts, FakeFault.Status(403, details: $"key {server.ApiKey} lacks the contacts scope"));

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        AssertRedacted(error, server.ApiKey);
    }

    [Fact]
    public async Task A_key_the_server_quotes_with_json_escapes_is_redacted_in_every_form()
    {
        const string Key = "sk_live+Ab/cd=EF1234567890xyz";
        await using var server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { ApiKey = Key });
        using var client = server.CreateClient(o => o.MaxRetries = 0);
        server.FailNext(FakeRoute.Authorize, FakeFault.Status(403, details: $"API key {Key} is disabled"));

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        AssertRedacted(error, Key);
        Assert.DoesNotContain("sk_live\\u002BAb", error.ResponseBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_token_sent_earlier_and_quoted_later_is_redacted()
    {
        await using var server = await MasivoFakeServer.StartAsync();
        using var client = server.CreateClient(o => o.MaxRetries = 0);
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        var firstToken = server.RequestsTo(FakeRoute.SearchContacts)[0].Header("Authorization")!["Bearer ".Length..];
        server.RevokeTokens();
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }); // renewed after a 401
        server.FailNext(FakeRoute.SearchContacts, FakeFault.Status(400, details: $"token {firstToken} was revoked"));

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        AssertRedacted(error, firstToken);
    }

    public enum Encoding
    {
        Escaped,
        EscapedLowercase,
        FormEncodedHeader,
        EveryCharacterEscaped,
        EscapedTwice,
        HtmlCharacterReferences,
    }

    [Theory]
    [InlineData(Encoding.Escaped)]
    [InlineData(Encoding.EscapedLowercase)]
    [InlineData(Encoding.FormEncodedHeader)]
    [InlineData(Encoding.EveryCharacterEscaped)]
    [InlineData(Encoding.EscapedTwice)]
    [InlineData(Encoding.HtmlCharacterReferences)]
    public async Task A_token_the_server_quotes_encoded_is_redacted(Encoding encoding)
    {
        const string Token = "tok-SECRET-abc+def/ghi==";
        var quoted = Encode("Bearer " + Token, encoding);
        await using var server = await KestrelStub.StartAsync(context => RefuseQuotingAsync(context, 403, quoted));
        using var client = server.CreateClient(o => { o.AccessToken = Token; o.MaxRetries = 0; });

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(() => client.Rewards.GetAsync("r-1"));

        AssertRedactedEverywhere(error, Token, quoted, Encode(Token, encoding));
    }

    [Theory]
    [InlineData(Encoding.Escaped)]
    [InlineData(Encoding.FormEncodedHeader)]
    [InlineData(Encoding.EveryCharacterEscaped)]
    [InlineData(Encoding.EscapedTwice)]
    [InlineData(Encoding.HtmlCharacterReferences)]
    public async Task An_api_key_the_server_quotes_encoded_is_redacted(Encoding encoding)
    {
        const string Key = "sk_live+Ab/cd=EF1234567890xyz";
        var quoted = Encode(Key, encoding);
        await using var server = await KestrelStub.StartAsync(context => context.Request.Path.Value!.EndsWith("/auth/authorize", StringComparison.Ordinal)
            ? context.Response.WriteAsync("""{"data":"issued-token-0123456789"}""")
            : RefuseQuotingAsync(context, 400, $"x-api-key={quoted}"));
        using var client = server.CreateClient(o => { o.AccessToken = null; o.ApiKey = Key; o.MaxRetries = 0; });

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => client.Rewards.GetAsync("r-1"));

        AssertRedactedEverywhere(error, Key, quoted, quoted);
    }

    public enum JsonEscape
    {
        EveryCharacterUppercaseHex,
        EveryCharacterLowercaseHex,
        PlusAndSlashOnly,
        EscapedSlash,
    }

    /// <summary>
    /// The server's details are a JSON dump held in a JSON string, quoting the header or the key as a JSON serializer
    /// writes it (<c>+</c> as <c>\u002B</c>, <c>/</c> as <c>\/</c>, or every character escaped): on the wire its escapes'
    /// backslashes are escaped again, and once the details are read they are JSON escapes again.
    /// </summary>
    [Theory]
    [InlineData(JsonEscape.EveryCharacterUppercaseHex)]
    [InlineData(JsonEscape.EveryCharacterLowercaseHex)]
    [InlineData(JsonEscape.PlusAndSlashOnly)]
    [InlineData(JsonEscape.EscapedSlash)]
    public async Task A_token_json_escaped_in_a_json_dump_inside_the_details_is_redacted(JsonEscape escape)
    {
        const string Token = "tok-SECRET-abc+def/ghi==";
        var quoted = JsonEscaped("Bearer " + Token, escape);
        await using var server = await KestrelStub.StartAsync(context => RefuseWithDumpAsync(context, 403, $$$"""{"headers":{"Authorization":"{{{quoted}}}"}}"""));
        using var client = server.CreateClient(o => { o.AccessToken = Token; o.MaxRetries = 0; });

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(() => client.Rewards.GetAsync("r-1"));

        AssertRedactedEverywhere(error, Token, quoted, JsonEscaped(Token, escape));
    }

    [Theory]
    [InlineData(JsonEscape.EveryCharacterUppercaseHex)]
    [InlineData(JsonEscape.EveryCharacterLowercaseHex)]
    [InlineData(JsonEscape.PlusAndSlashOnly)]
    [InlineData(JsonEscape.EscapedSlash)]
    public async Task An_api_key_json_escaped_in_a_json_dump_inside_the_details_is_redacted(JsonEscape escape)
    {
        const string Key = "sk_live+Ab/cd=EF1234567890xyz";
        var quoted = JsonEscaped(Key, escape);
        await using var server = await KestrelStub.StartAsync(context => RefuseWithDumpAsync(context, 403, $$$"""{"headers":{"x-api-key":"{{{quoted}}}"}}"""));
        using var client = server.CreateClient(o => { o.AccessToken = null; o.ApiKey = Key; o.MaxRetries = 0; });

        var error = await Assert.ThrowsAsync<MasivoAuthenticationException>(() => client.Rewards.GetAsync("r-1"));

        AssertRedactedEverywhere(error, Key, quoted);
    }

    /// <summary>Answers with <paramref name="dump"/>, a JSON document, as the details' string: serialized once more.</summary>
    private static Task RefuseWithDumpAsync(HttpContext context, int status, string dump)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync($$"""{"error":"Forbidden","details":{{System.Text.Json.JsonSerializer.Serialize("request dump: " + dump)}}}""");
    }

    private static string JsonEscaped(string value, JsonEscape escape) => escape switch
    {
        JsonEscape.EveryCharacterUppercaseHex => string.Concat(value.Select(c => $"\\u{(int)c:X4}")),
        JsonEscape.EveryCharacterLowercaseHex => string.Concat(value.Select(c => $"\\u{(int)c:x4}")),
        JsonEscape.PlusAndSlashOnly => value.Replace("+", "\\u002B", StringComparison.Ordinal).Replace("/", "\\u002f", StringComparison.Ordinal),
        JsonEscape.EscapedSlash => value.Replace("/", "\\/", StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(escape)),
    };

    private static Task RefuseQuotingAsync(HttpContext context, int status, string quoted)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var details = System.Text.Json.JsonSerializer.Serialize($"request was GET {context.Request.Path}?auth={quoted}");
        return context.Response.WriteAsync($$"""{"error":"Refused {{quoted}}","details":{{details}}}""");
    }

    private static void AssertRedactedEverywhere(MasivoApiException error, string secret, params string[] forms)
    {
        Assert.Contains("[redacted]", error.Details, StringComparison.Ordinal);
        Assert.Contains("[redacted]", error.ResponseBody, StringComparison.Ordinal);
        foreach (var text in new[] { error.Message, error.ToString(), error.Details, error.Error, error.ResponseBody })
        {
            Assert.DoesNotContain(secret, text ?? string.Empty, StringComparison.Ordinal);
            foreach (var form in forms)
            {
                Assert.DoesNotContain(form, text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            }

            // Whatever the encoding, the secret's distinctive middle is gone.
            Assert.DoesNotContain("SECRET-abc", text ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("EF1234567890", text ?? string.Empty, StringComparison.Ordinal);
        }
    }

    private static string Encode(string value, Encoding encoding) => encoding switch
    {
        Encoding.Escaped => Uri.EscapeDataString(value),
        Encoding.EscapedLowercase => Uri.EscapeDataString(value).Replace("%2B", "%2b", StringComparison.Ordinal).Replace("%2F", "%2f", StringComparison.Ordinal).Replace("%3D", "%3d", StringComparison.Ordinal),
        Encoding.FormEncodedHeader => WebUtility.UrlEncode(value),
        Encoding.EveryCharacterEscaped => string.Concat(System.Text.Encoding.UTF8.GetBytes(value).Select(b => $"%{b:X2}")),
        Encoding.EscapedTwice => Uri.EscapeDataString(Uri.EscapeDataString(value)),
        Encoding.HtmlCharacterReferences => value.Replace("+", "&#43;", StringComparison.Ordinal).Replace("/", "&#x2F;", StringComparison.Ordinal).Replace("=", "&#61;", StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
