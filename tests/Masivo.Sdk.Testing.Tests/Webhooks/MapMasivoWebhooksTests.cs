using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Masivo.Sdk;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Testing.Tests.Webhooks;

public sealed class MapMasivoWebhooksTests
{
    private const string Accumulation = """{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"cust-1","lines":[{"amount":10,"reward_id":"points"}]}}""";

    [Fact]
    public async Task A_webhook_reaches_the_handler_before_the_200()
    {
        var received = new ConcurrentQueue<MasivoWebhookEvent>();
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks/secret", (webhook, _) =>
        {
            received.Enqueue(webhook);
            return Task.CompletedTask;
        }));

        using var response = await host.Client.PostAsync("/hooks/secret", Json(Accumulation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var webhook = Assert.Single(received);
        Assert.True(webhook.TryGetAccumulation(out var accumulation));
        Assert.Equal("cust-1", accumulation.CustomerId);
    }

    [Fact]
    public async Task The_services_overload_hands_over_the_request_services()
    {
        var resolved = false;
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, services, _) =>
        {
            resolved = services.GetService<IServiceProvider>() is not null;
            return Task.CompletedTask;
        }));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(resolved);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"data":{}}""", "no \"event\"")]
    public async Task A_malformed_body_is_a_400_naming_the_problem_and_the_handler_is_not_called(string body, string expected)
    {
        var calls = 0;
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => { calls++; return Task.CompletedTask; }));

        using var response = await host.Client.PostAsync("/hooks", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_its_content_type_is_a_415()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));

        using var response = await host.Client.PostAsync("/hooks", new StringContent(Accumulation, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation + new string(' ', MasivoWebhooks.MaxPayloadBytes)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_failing_handler_fails_the_request_so_Masivo_delivers_again()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => throw new InvalidOperationException("database down")));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task The_convention_builder_restricts_the_endpoint()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask).RequireHost("hooks.example.com"));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"event":"\ud800","data":{}}""", "not valid Unicode")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"\udc00"}}""", "not valid Unicode")]
    [InlineData("""{"event":"  ","data":{}}""", "holds no visible character")]
    public async Task A_body_that_is_not_text_or_has_a_blank_event_is_a_400(string body, string expected)
    {
        var calls = 0;
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => { calls++; return Task.CompletedTask; }));

        using var response = await host.Client.PostAsync("/hooks", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_a_400()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));
        using var content = new ByteArrayContent([.. "{\"event\":\""u8, 0xC3, 0x28, .. "\",\"data\":{}}"u8]);
        content.Headers.ContentType = new("application/json");

        using var response = await host.Client.PostAsync("/hooks", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_with_a_byte_order_mark_is_a_webhook()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Accumulation)]);
        content.Headers.ContentType = new("application/json");

        using var response = await host.Client.PostAsync("/hooks", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=\"UTF-8\"")]
    [InlineData("text/json")]
    [InlineData("text/json; charset=utf-8")]
    [InlineData("application/vnd.masivo.webhook+json")]
    [InlineData("application/problem+json")]
    public async Task JSON_content_types_are_accepted(string contentType)
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation, contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("text/x+json")]
    [InlineData("application/jsonp")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/x-<script>")]
    public async Task Other_content_types_are_a_415_that_does_not_echo_them(string contentType)
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.DoesNotContain(contentType, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("identity, gzip")]
    public async Task A_body_with_a_content_encoding_is_a_415_and_the_handler_is_not_called(string encoding)
    {
        var called = false;
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) =>
        {
            called = true;
            return Task.CompletedTask;
        }));
        using var content = Json(Accumulation, "application/json");
        content.Headers.TryAddWithoutValidation("Content-Encoding", encoding);

        using var response = await host.Client.PostAsync("/hooks", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.False(called);
    }

    [Fact]
    public async Task A_body_whose_content_encoding_is_identity_is_a_webhook()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));
        using var content = Json(Accumulation, "application/json");
        content.Headers.ContentEncoding.Add("identity");

        using var response = await host.Client.PostAsync("/hooks", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Data_the_handler_can_never_read_is_a_400_and_a_warning_so_Masivo_does_not_deliver_it_again()
    {
        var logs = new CapturedLogs();
        await using var host = await WebhookHost.StartAsync(
            app => app.MapMasivoWebhooks("/hooks", (webhook, cancellationToken) => webhook.TryGetAccumulation(out _) ? Task.CompletedTask : throw new InvalidOperationException("not an accumulation")),
            services => services.AddSingleton<ILoggerProvider>(logs));

        using var response = await host.Client.PostAsync("/hooks", Json("""{"event":"CUSTOMER_ACCUMULATION","data":{"lines":"x"}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cannot be read as WalletChangeWebhookData", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = Assert.Single(logs.Entries, entry => entry.Category == "Masivo.Sdk.AspNetCore.Webhooks" && entry.Level == LogLevel.Warning);
        Assert.Contains("CUSTOMER_ACCUMULATION", entry.Message, StringComparison.Ordinal);
        Assert.IsType<MasivoWebhookFormatException>(entry.Exception);
    }

    [Fact]
    public async Task A_FormatException_of_the_applications_own_is_still_a_500()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => throw new FormatException("the app's own parsing failed")));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private static StringContent Json(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
