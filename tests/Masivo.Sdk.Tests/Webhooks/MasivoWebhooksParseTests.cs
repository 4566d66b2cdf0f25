using System.Text;
using System.Text.Json;

namespace Masivo.Sdk.Tests.Webhooks;

public sealed class MasivoWebhooksParseTests
{
    private const string Wallet = """{"id":"w-1","owner_id":"m-1","lines":[{"amount":10,"reward_id":"r-1","campaign_id":"c-1","issued_at":"2024-05-01T10:00:00Z"}],"totals":[{"total":10,"reward_id":"r-1"}]}""";

    [Fact]
    public void A_registration_reads_its_customer_and_wallet()
    {
        var webhook = Parse($$$"""{"event":"CUSTOMER_REGISTRATION","data":{"customer_id":"cust-1","customer":{"id":"cust-1","name":"Ana","email":"ana@example.com"},"wallet":{{{Wallet}}}}}""");

        Assert.Equal(MasivoWebhookEventType.CustomerRegistration, webhook.Event);
        Assert.True(webhook.TryGetRegistration(out var registration));
        Assert.Equal("cust-1", registration.CustomerId);
        Assert.Equal("Ana", registration.Customer!.Name);
        Assert.Equal(10m, registration.Wallet!.Lines![0].Amount);
        Assert.False(webhook.TryGetAccumulation(out _));
        Assert.False(webhook.TryGetRedemption(out _));
    }

    [Fact]
    public void An_accumulation_reads_its_lines_and_wallet_and_keeps_unknown_fields()
    {
        var webhook = Parse($$$"""{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"cust-1","lines":[{"amount":10,"reward_id":"r-1"}],"wallet":{{{Wallet}}},"event_id":"e-1"}}""");

        Assert.Equal(MasivoWebhookEventType.CustomerAccumulation, webhook.Event);
        Assert.True(webhook.TryGetAccumulation(out var accumulation));
        Assert.Equal("cust-1", accumulation.CustomerId);
        Assert.Equal("r-1", Assert.Single(accumulation.Lines!).RewardId);
        Assert.Equal("w-1", accumulation.Wallet!.Id);
        Assert.Equal("e-1", accumulation.AdditionalProperties!["event_id"].GetString());
        Assert.False(webhook.TryGetRegistration(out _));
    }

    [Fact]
    public void A_redemption_reads_as_a_wallet_change()
    {
        var webhook = Parse("""{"event":"CUSTOMER_REDEMPTION","data":{"customer_id":"cust-1","lines":[{"amount":5,"reward_id":"r-1"}]}}""");

        Assert.Equal(MasivoWebhookEventType.CustomerRedemption, webhook.Event);
        Assert.True(webhook.TryGetRedemption(out var redemption));
        Assert.Equal(5m, redemption.Lines![0].Amount);
        Assert.False(webhook.TryGetAccumulation(out _));
    }

    [Theory]
    [InlineData("TIER_UPGRADE")]
    [InlineData("CUSTOMER_ANONYMOUS_TO_REGISTERED")]
    [InlineData("REWARD_RESERVATION_SOMETHING_NEW")]
    public void Events_without_a_model_keep_their_name_and_raw_data(string name)
    {
        var webhook = Parse($$$"""{"event":"{{{name}}}","data":{"customer_id":"cust-1","tier":{"id":"t-2"} } }""");

        Assert.Equal(name, webhook.Event.Value);
        Assert.Equal(name, webhook.ToString());
        Assert.Equal("t-2", webhook.Data.GetProperty("tier").GetProperty("id").GetString());
        Assert.False(webhook.TryGetRegistration(out _));
        Assert.False(webhook.TryGetAccumulation(out _));
    }

    [Fact]
    public void The_documented_names_are_known_values()
    {
        Assert.Equal("CUSTOMER_REGISTRATION", MasivoWebhookEventType.CustomerRegistration.Value);
        Assert.Equal("CUSTOMER_ACCUMULATION", MasivoWebhookEventType.CustomerAccumulation.Value);
        Assert.Equal("CUSTOMER_REDEMPTION", MasivoWebhookEventType.CustomerRedemption.Value);
        Assert.Equal("TIER_UPGRADE", MasivoWebhookEventType.TierUpgrade.Value);
        Assert.Equal("CUSTOMER_ANONYMOUS_TO_REGISTERED", MasivoWebhookEventType.CustomerAnonymousToRegistered.Value);
        Assert.Equal("\"TIER_UPGRADE\"", JsonSerializer.Serialize(MasivoWebhookEventType.TierUpgrade, MasivoWebhookEventTypeJson.Default.MasivoWebhookEventType));
    }

    [Fact]
    public void Data_the_sdk_does_not_model_reads_with_the_callers_generated_metadata()
    {
        var webhook = Parse("""{"event":"TIER_UPGRADE","data":{"customer_id":"cust-1"}}""");

        var data = webhook.GetData(MasivoWebhookEventTypeJson.Default.TierUpgradeData);

        Assert.Equal("cust-1", data!.CustomerId);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1,2]", "Array, not an object")]
    [InlineData("""{"data":{}}""", "no \"event\"")]
    [InlineData("""{"event":42,"data":{}}""", "no \"event\"")]
    [InlineData("""{"event":"","data":{}}""", "\"event\" is empty")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION"}""", "'CUSTOMER_ACCUMULATION' has no \"data\"")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION","data":null}""", "has no \"data\"")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION","data":{}""", "not valid JSON")]
    public void Malformed_bodies_are_a_FormatException_naming_the_problem(string body, string expected)
    {
        var exception = Assert.Throws<MasivoWebhookFormatException>(() => Parse(body));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_of_the_wrong_shape_for_its_event_is_a_MasivoWebhookFormatException()
    {
        var webhook = Parse("""{"event":"CUSTOMER_ACCUMULATION","data":{"lines":"not a list"}}""");

        var exception = Assert.Throws<MasivoWebhookFormatException>(() => webhook.TryGetAccumulation(out _));

        Assert.IsType<JsonException>(exception.InnerException);
        Assert.Equal(MasivoWebhookEventType.CustomerAccumulation, exception.EventType);
        Assert.Contains("CUSTOMER_ACCUMULATION", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_reads_a_stream_and_leaves_it_open()
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes("""{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"cust-1"}}"""));

        var webhook = await MasivoWebhooks.ParseAsync(body);

        Assert.Equal(MasivoWebhookEventType.CustomerAccumulation, webhook.Event);
        Assert.True(body.CanRead);
    }

    [Fact]
    public async Task ParseAsync_stops_reading_past_the_size_limit()
    {
        var padding = new string(' ', MasivoWebhooks.MaxPayloadBytes);
        using var body = new MemoryStream(Encoding.UTF8.GetBytes("""{"event":"X","data":{}}""" + padding));

        var exception = await Assert.ThrowsAsync<MasivoWebhookFormatException>(() => MasivoWebhooks.ParseAsync(body).AsTask());

        Assert.Contains("longer than", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_outlives_the_buffer_it_was_read_from()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"event":"TIER_UPGRADE","data":{"customer_id":"cust-1"}}""");
        var webhook = MasivoWebhooks.Parse(bytes);
        Array.Clear(bytes);

        Assert.Equal("cust-1", webhook.Data.GetProperty("customer_id").GetString());
    }

    private static MasivoWebhookEvent Parse(string json) => MasivoWebhooks.Parse(Encoding.UTF8.GetBytes(json));
}

public sealed class TierUpgradeData
{
    [System.Text.Json.Serialization.JsonPropertyName("customer_id")] public string? CustomerId { get; set; }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(TierUpgradeData))]
[System.Text.Json.Serialization.JsonSerializable(typeof(MasivoWebhookEventType))]
internal sealed partial class MasivoWebhookEventTypeJson : System.Text.Json.Serialization.JsonSerializerContext;
