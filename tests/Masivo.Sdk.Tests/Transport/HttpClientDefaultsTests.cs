using System.Collections.Concurrent;
using Masivo.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Tests.Transport;

/// <summary>
/// What an application puts on every HttpClient (<c>ConfigureHttpClientDefaults</c>, as .NET Aspire's service
/// defaults do with a standard resilience handler) never reaches the SDK's clients: it would resend creates and
/// redeems, replace the SDK's timeouts, and show the API key to handlers that are not the user's for Masivo.
/// </summary>
public sealed class HttpClientDefaultsTests
{
    public static TheoryData<bool> DefaultsFirst => new() { true, false };

    [Theory]
    [MemberData(nameof(DefaultsFirst))]
    public async Task A_standard_resilience_handler_set_for_every_client_does_not_resend_a_create(bool defaultsFirst)
    {
        await using var server = await MasivoFakeServer.StartAsync();
        var services = new ServiceCollection();
        if (defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        }

        services.AddMasivoClient(options => Configure(options, server));
        if (!defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        }

        await using var provider = services.BuildServiceProvider();
        server.FailNext(FakeRoute.CreateCustomer, FakeFault.Status(500), times: 5);

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => provider.GetRequiredService<MasivoClient>().Customers.CreateAsync(new CreateCustomerRequest
        {
            Id = "c-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = DateTimeOffset.UtcNow,
        }));

        Assert.Equal(500, error.StatusCode);
        Assert.Single(server.RequestsTo(FakeRoute.CreateCustomer));
    }

    [Theory]
    [MemberData(nameof(DefaultsFirst))]
    public async Task A_handler_set_for_every_client_sees_no_request_of_the_SDK(bool defaultsFirst)
    {
        await using var server = await MasivoFakeServer.StartAsync();
        var seen = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        if (defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new Watching(seen)));
        }

        services.AddMasivoClient(options => Configure(options, server));
        if (!defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new Watching(seen)));
        }

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<MasivoClient>().Contacts.SearchAsync(new ContactSearchQuery { Email = "private.person@example.com" });

        Assert.Empty(seen);
        Assert.Single(server.RequestsTo(FakeRoute.Authorize));
        Assert.Single(server.RequestsTo(FakeRoute.SearchContacts));

        // The application's own clients still get their defaults.
        using var own = provider.GetRequiredService<IHttpClientFactory>().CreateClient("own");
        using var answer = await own.GetAsync(server.BaseAddress);
        Assert.Single(seen);
    }

    private static void Configure(MasivoClientOptions options, MasivoFakeServer server) => server.ApplyTo(options);

    private sealed class Watching(ConcurrentQueue<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Enqueue(request.RequestUri!.ToString());
            return base.SendAsync(request, cancellationToken);
        }
    }
}
