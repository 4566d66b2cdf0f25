using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// Requests never carry a field twice (a typed member repeated in <c>AdditionalProperties</c> is refused
/// before sending), and answers never hand on a null where Masivo documents an object (an invalid response).
/// </summary>
public sealed class ModelIntegrityWireTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    private static Dictionary<string, JsonElement> Extra(string name, string value) =>
        new() { [name] = JsonSerializer.SerializeToElement(value) };

    [Fact]
    public async Task A_redeem_whose_extra_fields_repeat_code_is_refused_before_sending()
    {
        var request = new RedeemCouponRequest { CustomerId = "customer-1", Code = "WELCOME10", AdditionalProperties = Extra("code", "OTHER") };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Coupons.RedeemAsync(request));

        Assert.Contains("request.code is set both as a property and in AdditionalProperties", error.Message, StringComparison.Ordinal);
        Assert.Equal("request", error.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task An_extra_field_the_model_does_not_have_is_still_sent()
    {
        _masivo.Respond("POST", "/coupons/redeem", 200, Seed.Text("coupons-redeem.response.json"));
        var request = new RedeemCouponRequest { CustomerId = "customer-1", Code = "WELCOME10", AdditionalProperties = Extra("campaign_hint", "summer") };

        await _masivo.Client.Coupons.RedeemAsync(request);

        Assert.Equal("summer", JsonNode.Parse(Assert.Single(_masivo.Requests).RequestMessage!.Body!)!["campaign_hint"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_migration_record_whose_extra_fields_repeat_a_member_is_refused_before_anything_is_sent()
    {
        var records = new[]
        {
            new ContactMigrationRecord { ExternalId = "c-1" },
            new ContactMigrationRecord { ExternalId = "c-2", AdditionalProperties = Extra("external_id", "c-3") },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Contacts.MigrateAsync(records));

        Assert.Contains("contacts[1] cannot be migrated: contacts.external_id is set both", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_null_contact_in_a_search_answer_is_an_invalid_response()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[null,{"id":"c-1","email":"a@example.com"}]}""");

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" }));

        Assert.Contains("a null at data[0]", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, error.StatusCode);
    }

    [Fact]
    public async Task A_null_nested_in_an_answer_is_an_invalid_response_naming_where()
    {
        var answer = JsonNode.Parse(Seed.Text("coupons-redeem.response.json"))!;
        answer["data"]!["wallet"]!["lines"]!.AsArray().Add(null);
        _masivo.Respond("POST", "/coupons/redeem", 200, answer.ToJsonString());

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(
            () => _masivo.Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-1", Code = "WELCOME10" }));

        Assert.Contains("a null at data.wallet.lines[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extra_field_named_like_a_member_left_null_is_sent_once()
    {
        _masivo.Respond("POST", "/coupons/redeem", 200, Seed.Text("coupons-redeem.response.json"));
        var request = new RedeemCouponRequest { CustomerId = "customer-1", Code = "WELCOME10", StoreId = null, AdditionalProperties = Extra("store_id", "store-9") };

        await _masivo.Client.Coupons.RedeemAsync(request);

        var body = Assert.Single(_masivo.Requests).RequestMessage!.Body!;
        Assert.Equal(1, body.Split("\"store_id\"").Length - 1);
    }

    [Fact]
    public async Task A_null_in_a_list_of_strings_is_kept_not_an_invalid_response()
    {
        var answer = JsonNode.Parse(Seed.Text("coupons-redeem.response.json"))!;
        answer["data"]!["wallet"]!["totals"]![0]!["reward"]!["platforms"]!.AsArray().Add(null);
        _masivo.Respond("POST", "/coupons/redeem", 200, answer.ToJsonString());

        var redemption = await _masivo.Client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-1", Code = "WELCOME10" });

        Assert.NotNull(redemption.Wallet);
    }

    [Fact]
    public async Task A_request_body_that_cannot_be_serialized_is_an_argument_exception_and_nothing_is_sent()
    {
        var customer = new CreateCustomerRequest
        {
            Id = "c-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = DateTimeOffset.UtcNow,
            Metadata = new JsonObject { ["score"] = JsonValue.Create(double.NaN) },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.CreateAsync(customer));

        Assert.Contains("was not sent: its body cannot be serialized", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_search_value_too_long_for_a_url_is_refused_before_sending()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = new string('y', 2_000) + "@example.com" }));

        Assert.Contains("email (Email) is 2012 characters long; Masivo accepts at most 1024", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }
}
