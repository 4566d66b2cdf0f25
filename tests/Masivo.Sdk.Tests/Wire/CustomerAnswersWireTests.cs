using System.Text.Json;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// What the customer calls read beyond the documented examples (the endpoint table's rows): fields and enum values
/// this SDK does not know are kept, the consent is read from inside <c>data</c>, and a 404 says which call failed.
/// </summary>
public sealed class CustomerAnswersWireTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    [Fact]
    public async Task A_transaction_keeps_unknown_fields_and_types()
    {
        _masivo.Respond("GET", "/customers/c-1/transactions", 200, """
            {"data":[{"id":"t-1","type":"GIFTED","reward_type":"STAMPS","amount":-12.5,"loyalty_level":3,"attributes":{"line":{"amount":-12.5,"origin":"pos"},"campaign_name":"Spring","extra":true}}]}
            """);

        var transaction = Assert.Single(await _masivo.Client.Customers.GetTransactionsAsync("c-1"));

        Assert.Equal(new TransactionType("GIFTED"), transaction.Type);
        Assert.Equal("STAMPS", transaction.RewardType?.Value);
        Assert.Equal(-12.5m, transaction.Amount);
        Assert.Equal(3, transaction.AdditionalProperties!["loyalty_level"].GetInt32());
        Assert.True(transaction.Attributes!.AdditionalProperties!["extra"].GetBoolean());
        Assert.Equal("pos", transaction.Attributes.Line!.AdditionalProperties!["origin"].GetString());
        var written = JsonSerializer.Serialize(transaction);
        Assert.Contains("\"type\":\"GIFTED\"", written, StringComparison.Ordinal);
        Assert.Contains("\"loyalty_level\":3", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_consent_is_read_from_inside_data_keeping_unknown_purposes()
    {
        _masivo.Respond("GET", "/customers/c-1/consent", 200, """
            {"data":{"consent":{"version":"2.0","purposes":{"email_marketing":false,"sms_marketing":true},"vendors":{"vendor_1":true},"gpp_string":"DBAB"}}}
            """);

        var consent = await _masivo.Client.Customers.GetConsentAsync("c-1");

        Assert.False(consent.Purposes!.EmailMarketing);
        Assert.True(consent.Purposes.AdditionalProperties!["sms_marketing"].GetBoolean());
        Assert.Equal("DBAB", consent.AdditionalProperties!["gpp_string"].GetString());
        Assert.True(consent.Vendors!["vendor_1"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_consent_answer_without_the_consent_is_an_invalid_response()
    {
        _masivo.Respond("PATCH", "/customers/c-1/consent", 200, """{"data":{}}""");

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(() => _masivo.Client.Customers.UpdateConsentAsync("c-1", new CustomerConsent { Version = "2.0" }));

        Assert.Equal("customers.update_consent", error.Operation);
        Assert.Single(_masivo.Requests);
    }

    [Fact]
    public async Task Unknown_fields_of_an_update_are_sent_as_given()
    {
        _masivo.Respond("PATCH", "/customers/c-1", 200, Seed.Text("customers-update.response.json"));
        var update = new UpdateCustomerRequest
        {
            Name = "Ana",
            Gender = new Gender("OTHER"),
            AdditionalProperties = new Dictionary<string, JsonElement> { ["nickname"] = JsonSerializer.SerializeToElement("Anita") },
        };

        await _masivo.Client.Customers.UpdateAsync("c-1", update);

        Assert.Equal("""{"name":"Ana","gender":"OTHER","nickname":"Anita"}""", Assert.Single(_masivo.Requests).RequestMessage!.Body);
    }

    [Fact]
    public async Task A_gift_card_and_a_referral_code_keep_unknown_fields()
    {
        _masivo.Respond("GET", "/customers/c-1/rewards/gift-cards", 200, """{"data":[{"code":"GC-1","balance":25.5}]}""");
        _masivo.Respond("POST", "/customers/c-1/referrals/request-code", 200, """{"data":{"code":"ZMQQJTAZ","share_url":"https://example.com/r/ZMQQJTAZ"}}""");

        var card = Assert.Single(await _masivo.Client.Customers.GetGiftCardsAsync("c-1"));
        var code = await _masivo.Client.Customers.RequestReferralCodeAsync("c-1", new RequestReferralCodeRequest { CampaignId = "campaign-1" });

        Assert.Equal(25.5m, card.AdditionalProperties!["balance"].GetDecimal());
        Assert.Equal("ZMQQJTAZ", code.Code);
        Assert.True(code.AdditionalProperties!.ContainsKey("share_url"));
    }

    [Fact]
    public async Task A_customer_keeps_its_newer_fields()
    {
        _masivo.Respond("GET", "/customers/c-1", 200, """
            {"data":{"customer":{"id":"c-1","platforms":["web","app"],"phone":"+593 99 123 4567","phone_verified":true,
             "devices":[{"device_token":"fcm-1","device_info":{"platform":"kaios","model":"X","osVersion":"3"},"created_at":"2024-01-02T03:04:05Z"}]},"wallet":{"id":"w-1"}}}
            """);

        var customer = (await _masivo.Client.Customers.GetAsync("c-1")).Customer!;

        Assert.Equal(["web", "app"], customer.Platforms);
        Assert.Equal("+593 99 123 4567", customer.Phone);
        Assert.True(customer.PhoneVerified);
        var device = Assert.Single(customer.Devices!);
        Assert.Equal("kaios", device.DeviceInfo!.Platform!.Value.Value);
        Assert.Null(customer.AdditionalProperties);
    }

    [Theory]
    [InlineData("PATCH", "/customers/nobody/tags", "customers.set_tags")]
    [InlineData("GET", "/customers/nobody/consent", "customers.get_consent")]
    [InlineData("DELETE", "/customers/nobody/devices", "customers.remove_devices")]
    [InlineData("GET", "/customers/nobody/rewards/gift-cards", "customers.get_gift_cards")]
    public async Task An_unknown_customer_is_a_404_naming_the_call(string method, string path, string operation)
    {
        _masivo.Respond(method, path, 404, """{"error":"Not Found","details":"Customer not found"}""");
        var customers = _masivo.Client.Customers;

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => operation switch
        {
            "customers.set_tags" => customers.SetTagsAsync("nobody", new() { ["vip"] = true }),
            "customers.get_consent" => customers.GetConsentAsync("nobody"),
            "customers.remove_devices" => customers.RemoveDevicesAsync("nobody"),
            _ => customers.GetGiftCardsAsync("nobody"),
        });

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(operation, error.Operation);
        Assert.Equal("Customer not found", error.Details);
        Assert.Contains("No customer is registered with this id.", error.Message, StringComparison.Ordinal);
        Assert.Single(_masivo.Requests);
    }
}
