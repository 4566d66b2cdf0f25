using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Masivo.Sdk.Tests.DependencyInjection;

/// <summary>
/// A running client follows its configuration: a reloaded account id is sent on the next call, and a
/// rotated API key is exchanged (the token of the old key dropped) without a restart.
/// </summary>
public sealed class ConfigurationReloadTests : IDisposable
{
    private const string OldKey = "sk_live_old_0123456789";
    private const string NewKey = "sk_live_new_0123456789";
    private readonly WireMockMasivo _masivo = new();
    private readonly string _settingsFile = Path.Combine(Path.GetTempPath(), $"masivo-reload-{Guid.NewGuid():N}.json");
    private readonly string _oldToken = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), "old");
    private readonly string _newToken = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), "new");

    public ConfigurationReloadTests()
    {
        var authorize = Request.Create().WithPath(WireMockMasivo.BasePath + "/auth/authorize").UsingGet();
        _masivo.Server.Given(authorize.WithHeader("x-api-key", OldKey)).RespondWith(Json(200, $$"""{"data":"{{_oldToken}}"}"""));
        _masivo.Server.Given(Request.Create().WithPath(WireMockMasivo.BasePath + "/auth/authorize").UsingGet().WithHeader("x-api-key", NewKey))
            .RespondWith(Json(200, $$"""{"data":"{{_newToken}}"}"""));
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
    }

    public void Dispose()
    {
        _masivo.Dispose();
        File.Delete(_settingsFile);
    }

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private void WriteSettings(string apiKey, string accountId) => File.WriteAllText(_settingsFile, $$"""
        { "Masivo": { "BaseAddress": "{{_masivo.BaseAddress}}", "ApiKey": "{{apiKey}}", "AccountId": "{{accountId}}", "RetryDelay": "00:00:00.001" } }
        """);

    private (ServiceProvider Services, IConfigurationRoot Configuration) Host()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(_settingsFile, optional: false, reloadOnChange: false).Build();
        var services = new ServiceCollection().AddMasivoClient(configuration.GetSection("Masivo")).Services.BuildServiceProvider();
        return (services, configuration);
    }

    private static Task Search(ServiceProvider services) =>
        services.GetRequiredService<MasivoClient>().Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

    private List<(string Path, string? Key, string? Bearer, string? Account)> Calls() => _masivo.Requests
        .Select(r => (r.RequestMessage!.Path[WireMockMasivo.BasePath.Length..], WireMockMasivo.Header(r, "x-api-key"), WireMockMasivo.Header(r, "Authorization"), WireMockMasivo.Header(r, "x-account-id")))
        .ToList();

    [Fact]
    public async Task A_rotated_key_is_exchanged_on_the_next_call_without_a_restart()
    {
        WriteSettings(OldKey, "acct-1");
        var (services, configuration) = Host();
        using var _ = services;
        await Search(services);

        WriteSettings(NewKey, "acct-1");
        configuration.Reload(); // what reloadOnChange does when the file changes
        await Search(services);

        Assert.Equal(
            [
                ("/auth/authorize", OldKey, null, null),
                ("/contacts", null, "Bearer " + _oldToken, "acct-1"),
                ("/auth/authorize", NewKey, null, null),
                ("/contacts", null, "Bearer " + _newToken, "acct-1"),
            ],
            Calls());
    }

    [Fact]
    public async Task A_reloaded_account_id_is_sent_on_the_next_call_and_the_token_is_kept()
    {
        WriteSettings(OldKey, "acct-1");
        var (services, configuration) = Host();
        using var _ = services;
        await Search(services);

        WriteSettings(OldKey, "acct-2");
        configuration.Reload();
        await Search(services);

        Assert.Equal(["acct-1", "acct-2"], Calls().Where(c => c.Path == "/contacts").Select(c => c.Account));
        Assert.Single(Calls(), c => c.Path == "/auth/authorize");
    }

    [Fact]
    public async Task A_reload_that_fails_validation_leaves_the_running_client_as_it_was()
    {
        WriteSettings(OldKey, "acct-1");
        var (services, configuration) = Host();
        using var _ = services;
        await Search(services);

        File.WriteAllText(_settingsFile, $$"""{ "Masivo": { "BaseAddress": "{{_masivo.BaseAddress}}", "ApiKey": "{{OldKey}}", "AccountId": "acct 2\u0007" } }""");
        Assert.ThrowsAny<Exception>(configuration.Reload);
        await Search(services);

        Assert.Equal(["acct-1", "acct-1"], Calls().Where(c => c.Path == "/contacts").Select(c => c.Account));
    }

    [Fact]
    public async Task A_reload_that_switches_from_an_api_key_to_an_access_token_is_ignored_and_the_client_keeps_working()
    {
        WriteSettings(OldKey, "acct-1");
        var (services, configuration) = Host();
        using var _ = services;
        await Search(services);

        File.WriteAllText(_settingsFile, $$"""{ "Masivo": { "BaseAddress": "{{_masivo.BaseAddress}}", "AccessToken": "{{_newToken}}", "AccountId": "acct-2" } }""");
        configuration.Reload();
        await Search(services);

        Assert.Equal(["Bearer " + _oldToken, "Bearer " + _oldToken], Calls().Where(c => c.Path == "/contacts").Select(c => c.Bearer));
        Assert.Equal(["acct-1", "acct-1"], Calls().Where(c => c.Path == "/contacts").Select(c => c.Account));
    }
}
