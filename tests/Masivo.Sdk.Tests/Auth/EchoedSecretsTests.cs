using Masivo.Sdk.Testing;

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
}
