using System.ComponentModel.DataAnnotations;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Tests.OptionsValidation;

/// <summary>
/// Each option can be set on its own, and an option outside the range its strategy accepts is refused
/// at start-up by the SDK's own validation, naming the option and the range — never by Polly at run time.
/// </summary>
public sealed class OptionsBoundsTests : IAsyncLifetime
{
    private MasivoFakeServer _server = null!;

    public async Task InitializeAsync() => _server = await MasivoFakeServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, Action<MasivoClientOptions>> OneOptionAlone => new()
    {
        { "TotalTimeout below the default AttemptTimeout", o => o.TotalTimeout = TimeSpan.FromSeconds(30) },
        { "AttemptTimeout above the default sampling window", o => o.AttemptTimeout = TimeSpan.FromMinutes(10) },
        { "AttemptTimeout of a day", o => o.AttemptTimeout = TimeSpan.FromDays(1) },
        { "a short AttemptTimeout", o => o.AttemptTimeout = TimeSpan.FromSeconds(5) },
        { "the longest TotalTimeout", o => o.TotalTimeout = TimeSpan.FromDays(1) },
        { "the longest break", o => o.CircuitBreakerBreakDuration = TimeSpan.FromDays(1) },
        { "the longest sampling window", o => o.CircuitBreakerSamplingDuration = TimeSpan.FromDays(1) },
        { "no retries", o => o.MaxRetries = 0 },
        { "the most retries", o => o.MaxRetries = 10 },
        { "the longest retry delay", o => o.RetryDelay = TimeSpan.FromHours(1) },
        { "the longest migration interval", o => o.MigrationRequestInterval = TimeSpan.FromHours(1) },
        { "the longest Retry-After", o => o.MaxRetryAfter = TimeSpan.FromDays(1) },
        { "the largest token margin", o => o.TokenRefreshMargin = TimeSpan.FromMinutes(59) },
        { "a failure ratio of 1", o => o.CircuitBreakerFailureRatio = 1 },
    };

    public static TheoryData<string, Action<MasivoClientOptions>> OutOfRange => new()
    {
        { "AttemptTimeout must be between 00:00:00.0100000 and 1.00:00:00", o => o.AttemptTimeout = TimeSpan.FromMilliseconds(5) },
        { "AttemptTimeout must be between 00:00:00.0100000 and 1.00:00:00", o => o.AttemptTimeout = TimeSpan.FromDays(2) },
        { "AttemptTimeout must be between 00:00:00.0100000 and 1.00:00:00", o => o.AttemptTimeout = TimeSpan.MaxValue },
        { "TotalTimeout must be between 00:00:00.0100000 and 1.00:00:00", o => o.TotalTimeout = TimeSpan.Zero },
        { "TotalTimeout must be between 00:00:00.0100000 and 1.00:00:00", o => o.TotalTimeout = TimeSpan.MaxValue },
        { "MaxRetries must be between 0 and 10", o => o.MaxRetries = 11 },
        { "MaxRetries must be between 0 and 10", o => o.MaxRetries = -1 },
        { "RetryDelay must be between 00:00:00 and 01:00:00", o => o.RetryDelay = TimeSpan.MaxValue },
        { "RetryDelay must be between 00:00:00 and 01:00:00", o => o.RetryDelay = TimeSpan.FromMilliseconds(-1) },
        { "MaxRetryAfter must be between 00:00:00 and 1.00:00:00", o => o.MaxRetryAfter = TimeSpan.FromSeconds(-1) },
        { "MigrationRequestInterval must be between 00:00:00 and 01:00:00", o => o.MigrationRequestInterval = TimeSpan.MaxValue },
        { "MigrationRequestInterval must be between 00:00:00 and 01:00:00", o => o.MigrationRequestInterval = TimeSpan.FromSeconds(-1) },
        { "TokenRefreshMargin must be between 00:00:00 and 00:59:59", o => o.TokenRefreshMargin = TimeSpan.FromHours(1) },
        { "CircuitBreakerFailureRatio must be between 0 exclusive and 1", o => o.CircuitBreakerFailureRatio = 0 },
        { "CircuitBreakerFailureRatio must be between 0 exclusive and 1", o => o.CircuitBreakerFailureRatio = 1.5 },
        { "CircuitBreakerMinimumThroughput must be between 2 and 2147483647", o => o.CircuitBreakerMinimumThroughput = 1 },
        { "CircuitBreakerSamplingDuration must be between 00:00:00.5000000 and 1.00:00:00", o => o.CircuitBreakerSamplingDuration = TimeSpan.FromMilliseconds(100) },
        { "CircuitBreakerSamplingDuration must be between 00:00:00.5000000 and 1.00:00:00", o => o.CircuitBreakerSamplingDuration = TimeSpan.FromDays(2) },
        { "CircuitBreakerBreakDuration must be between 00:00:00.5000000 and 1.00:00:00", o => o.CircuitBreakerBreakDuration = TimeSpan.FromDays(2) },
        { "CircuitBreakerBreakDuration must be between 00:00:00.5000000 and 1.00:00:00", o => o.CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(100) },
    };

    [Theory]
    [MemberData(nameof(OneOptionAlone))]
    public async Task One_option_set_alone_builds_a_client_that_calls_Masivo(string because, Action<MasivoClientOptions> setOne)
    {
        var options = MinimalOptions();
        setOne(options);

        using var client = new MasivoClient(options);
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" });

        using var services = new ServiceCollection()
            .AddMasivoClient(o => { MinimalOptions().CopyTo(o); setOne(o); })
            .Services
            .BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
        await services.GetRequiredService<MasivoClient>().Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" });

        Assert.True(_server.RequestsTo(FakeRoute.SearchContacts).Count == 2, because);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void An_option_out_of_range_fails_the_constructor_naming_it_and_its_range(string expected, Action<MasivoClientOptions> breakIt)
    {
        var options = MinimalOptions();
        breakIt(options);

        var error = Assert.Throws<ArgumentException>(() => new MasivoClient(options));

        Assert.Contains("The field MasivoClientOptions." + expected, error.Message, StringComparison.Ordinal);
        Assert.IsNotType<ValidationException>(error.InnerException);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void An_option_out_of_range_fails_at_host_start_naming_it_and_its_range(string expected, Action<MasivoClientOptions> breakIt)
    {
        using var services = new ServiceCollection()
            .AddMasivoClient(o => { MinimalOptions().CopyTo(o); breakIt(o); })
            .Services
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("The field MasivoClientOptions." + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyed_clients_out_of_range_option_is_named_with_the_client()
    {
        using var services = new ServiceCollection()
            .AddMasivoClient("brand-a", o => { MinimalOptions().CopyTo(o); o.AttemptTimeout = TimeSpan.FromMilliseconds(1); })
            .Services
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("The field brand-a.AttemptTimeout must be between 00:00:00.0100000 and 1.00:00:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyed_clients_cross_field_and_credential_problems_name_the_client()
    {
        using var services = new ServiceCollection()
            .AddMasivoClient("brand-a", o => { MinimalOptions().CopyTo(o); o.TimeZone = "Mars/Olympus"; })
            .Services
            .AddMasivoClient("brand-b", o => o.BaseAddress = _server.BaseAddress)
            .Services
            .BuildServiceProvider();

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Masivo client 'brand-a': TimeZone 'Mars/Olympus'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Masivo client 'brand-b': A credential is required", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotalTimeout_alone_bounds_the_first_attempt()
    {
        await using var stub = await KestrelStub.StartAsync(c => Task.Delay(TimeSpan.FromSeconds(5), c.RequestAborted));
        using var client = stub.CreateClient(o => o.TotalTimeout = TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<MasivoTimeoutException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" }));

        Assert.Contains("timed out after 0.3 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, stub.Attempts);
    }

    [Theory]
    [InlineData(60, 180, null, 120)]          // defaults: 2 minutes
    [InlineData(600, 1800, null, 1200)]       // twice a longer attempt timeout
    [InlineData(600, 30, null, 120)]          // the attempt timeout is bounded by the total
    [InlineData(86400, 86400, null, 86400)]   // never above what the circuit breaker accepts
    [InlineData(60, 180, 45, 45)]             // an explicit window is kept
    public void The_sampling_window_follows_the_effective_attempt_timeout_unless_set(int attempt, int total, int? sampling, int expected)
    {
        var options = new MasivoClientOptions
        {
            AttemptTimeout = TimeSpan.FromSeconds(attempt),
            TotalTimeout = TimeSpan.FromSeconds(total),
            CircuitBreakerSamplingDuration = sampling is { } s ? TimeSpan.FromSeconds(s) : null,
        };

        Assert.Equal(TimeSpan.FromSeconds(expected), options.EffectiveCircuitBreakerSamplingDuration);
    }

    [Fact]
    public void An_explicit_sampling_window_shorter_than_two_attempts_is_refused_while_the_breaker_is_on()
    {
        var options = MinimalOptions();
        options.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(60);

        var error = Assert.Throws<ArgumentException>(() => new MasivoClient(options));
        Assert.Contains("CircuitBreakerSamplingDuration (00:01:00) must be at least twice the attempt timeout (00:01:00", error.Message, StringComparison.Ordinal);

        options.TotalTimeout = TimeSpan.FromSeconds(30); // the attempt timeout is now 30 s: the window holds two
        using (new MasivoClient(options))
        {
        }

        options.TotalTimeout = TimeSpan.FromMinutes(3);
        options.CircuitBreakerEnabled = false;
        using (new MasivoClient(options))
        {
        }
    }

    private MasivoClientOptions MinimalOptions() => new()
    {
        BaseAddress = _server.BaseAddress,
        ApiKey = _server.ApiKey,
        AccountId = _server.AccountId,
    };
}
