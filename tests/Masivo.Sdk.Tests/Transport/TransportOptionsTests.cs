using System.Reflection;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Tests.Transport;

/// <summary>
/// <see cref="MasivoClientOptions.ConfigurePrimaryHandler"/> and <see cref="MasivoClientOptions.AdditionalHandlers"/> are
/// code, not configuration: binding leaves them alone, <c>CopyTo</c> carries them, <c>ToString</c> says only whether they
/// are set. And every other option still binds, is copied and is printed.
/// </summary>
public sealed class TransportOptionsTests : IDisposable
{
    private static readonly string[] CodeOnly = [nameof(MasivoClientOptions.ConfigurePrimaryHandler), nameof(MasivoClientOptions.AdditionalHandlers)];
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    private static IEnumerable<PropertyInfo> Options() =>
        typeof(MasivoClientOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>A value other than the default for every option that configuration can set, as configuration writes it.</summary>
    private static Dictionary<string, (string Text, object Value)> NonDefaultValues() => new()
    {
        [nameof(MasivoClientOptions.BaseAddress)] = ("https://masivo.example/api/storefront/v1/", new Uri("https://masivo.example/api/storefront/v1/")),
        [nameof(MasivoClientOptions.ApiKey)] = ("sk_bound", "sk_bound"),
        [nameof(MasivoClientOptions.AccessToken)] = ("token_bound", "token_bound"),
        [nameof(MasivoClientOptions.AccountId)] = ("acct-bound", "acct-bound"),
        [nameof(MasivoClientOptions.TimeZone)] = ("America/Lima", "America/Lima"),
        [nameof(MasivoClientOptions.AttemptTimeout)] = ("00:00:07", TimeSpan.FromSeconds(7)),
        [nameof(MasivoClientOptions.TotalTimeout)] = ("00:00:42", TimeSpan.FromSeconds(42)),
        [nameof(MasivoClientOptions.MaxRetries)] = ("5", 5),
        [nameof(MasivoClientOptions.RetryDelay)] = ("00:00:02", TimeSpan.FromSeconds(2)),
        [nameof(MasivoClientOptions.MaxRetryAfter)] = ("00:00:09", TimeSpan.FromSeconds(9)),
        [nameof(MasivoClientOptions.MigrationRequestInterval)] = ("00:00:03", TimeSpan.FromSeconds(3)),
        [nameof(MasivoClientOptions.CircuitBreakerEnabled)] = ("false", false),
        [nameof(MasivoClientOptions.CircuitBreakerFailureRatio)] = ("0.25", 0.25),
        [nameof(MasivoClientOptions.CircuitBreakerMinimumThroughput)] = ("7", 7),
        [nameof(MasivoClientOptions.CircuitBreakerSamplingDuration)] = ("00:05:00", (TimeSpan?)TimeSpan.FromMinutes(5)),
        [nameof(MasivoClientOptions.CircuitBreakerBreakDuration)] = ("00:00:11", TimeSpan.FromSeconds(11)),
        [nameof(MasivoClientOptions.TokenRefreshMargin)] = ("00:02:00", TimeSpan.FromMinutes(2)),
    };

    [Fact]
    public void The_table_names_every_option()
    {
        Assert.Equal(
            Options().Select(p => p.Name).Except(CodeOnly).Order(StringComparer.Ordinal),
            NonDefaultValues().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Binding_a_section_sets_every_option_but_the_code_only_ones_and_ignores_keys_for_those()
    {
        // All but ApiKey: validation (which runs when the options are read) allows one credential, and AccessToken is one.
        var bound = NonDefaultValues().Where(p => p.Key != nameof(MasivoClientOptions.ApiKey)).ToList();
        var settings = bound.ToDictionary(p => "Masivo:" + p.Key, p => (string?)p.Value.Text);
        settings["Masivo:ConfigurePrimaryHandler"] = "System.Net.WebProxy";
        settings["Masivo:AdditionalHandlers:0"] = "Some.Handler, Some.Assembly";
        settings["Masivo:AdditionalHandlers:1:Clients"] = "Api";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddMasivoClient(configuration.GetSection("Masivo")).Services.BuildServiceProvider();

        var options = services.GetRequiredService<IOptionsMonitor<MasivoClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName);

        Assert.All(bound, p => Assert.Equal(p.Value.Value, typeof(MasivoClientOptions).GetProperty(p.Key)!.GetValue(options)));

        Assert.Null(options.ConfigurePrimaryHandler);
        Assert.Empty(options.AdditionalHandlers);
    }

    [Fact]
    public async Task A_client_bound_to_a_section_with_keys_for_the_code_only_options_calls_Masivo()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Masivo:BaseAddress"] = _masivo.BaseAddress.ToString(),
            ["Masivo:AccessToken"] = "from-config",
            ["Masivo:ConfigurePrimaryHandler"] = "anything",
            ["Masivo:AdditionalHandlers:0:Clients"] = "Api",
        }).Build();
        using var services = new ServiceCollection().AddMasivoClient(configuration.GetSection("Masivo")).Services.BuildServiceProvider();

        await services.GetRequiredService<MasivoClient>().Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });

        Assert.Equal("Bearer from-config", WireMockMasivo.Header(Assert.Single(_masivo.Requests), "Authorization"));
    }

    [Fact]
    public void CopyTo_copies_every_option_and_the_handlers_as_a_new_list()
    {
        var source = NonDefaultSource();
        Action<SocketsHttpHandler> configure = handler => handler.UseProxy = true;
        var handler = new MasivoAdditionalHandler(() => new HttpClientHandlerStub(), MasivoHttpClients.Api);
        source.ConfigurePrimaryHandler = configure;
        source.AdditionalHandlers.Add(handler);
        var target = new MasivoClientOptions();
        target.AdditionalHandlers.Add(new MasivoAdditionalHandler(() => new HttpClientHandlerStub()));

        source.CopyTo(target);
        source.AdditionalHandlers.Clear();

        Assert.All(NonDefaultValues(), p => Assert.Equal(p.Value.Value, typeof(MasivoClientOptions).GetProperty(p.Key)!.GetValue(target)));

        Assert.Same(configure, target.ConfigurePrimaryHandler);
        Assert.Same(handler, Assert.Single(target.AdditionalHandlers));
    }

    [Fact]
    public void ToString_names_every_option_and_says_only_whether_the_transport_is_shaped()
    {
        var options = new MasivoClientOptions { ApiKey = "sk_live_secret" };

        var plain = options.ToString();
        options.ConfigurePrimaryHandler = handler => handler.Proxy = new System.Net.WebProxy("http://proxy.secret.example:8080");
        options.AdditionalHandlers.Add(new MasivoAdditionalHandler(() => new HttpClientHandlerStub(), MasivoHttpClients.Api));
        options.AdditionalHandlers.Add(new MasivoAdditionalHandler(() => new HttpClientHandlerStub()));
        var shaped = options.ToString();

        Assert.All(Options(), p => Assert.Contains(p.Name + " = ", shaped, StringComparison.Ordinal));
        Assert.Contains("ConfigurePrimaryHandler = (none)", plain, StringComparison.Ordinal);
        Assert.Contains("AdditionalHandlers = (none)", plain, StringComparison.Ordinal);
        Assert.Contains("ConfigurePrimaryHandler = (set)", shaped, StringComparison.Ordinal);
        Assert.Contains("AdditionalHandlers = 2", shaped, StringComparison.Ordinal);
        Assert.DoesNotContain("proxy.secret", shaped, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(HttpClientHandlerStub), shaped, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_live_secret", shaped, StringComparison.Ordinal);
        Assert.Contains("CircuitBreakerFailureRatio = 0.5", plain, StringComparison.Ordinal);
    }

    private static MasivoClientOptions NonDefaultSource()
    {
        var source = new MasivoClientOptions();
        foreach (var (name, (_, value)) in NonDefaultValues())
        {
            typeof(MasivoClientOptions).GetProperty(name)!.SetValue(source, value);
        }

        return source;
    }

    private sealed class HttpClientHandlerStub : DelegatingHandler;
}
