using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// The customer calls beyond create and get refuse what Masivo could not take before anything is sent, naming the
/// parameter and the JSON field: ids no path can carry, missing arguments and required fields, blank tag names, a
/// year before 2020. The requests themselves and their answers are the endpoint table's rows.
/// </summary>
public sealed class CustomerCallsValidationTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    private CustomersClient Customers => _masivo.Client.Customers;

    /// <summary>Every new call, given an id; the other arguments valid.</summary>
    public static TheoryData<string> Calls() => new()
    {
        "update", "set_tags", "remove_tags", "get_consent", "update_consent", "identify_anonymous",
        "register_device", "remove_devices", "get_transactions", "get_gift_cards", "request_referral_code",
    };

    private Task Call(string call, string customerId) => call switch
    {
        "update" => Customers.UpdateAsync(customerId, new UpdateCustomerRequest { Name = "Ana" }),
        "set_tags" => Customers.SetTagsAsync(customerId, new JsonObject { ["vip"] = true }),
        "remove_tags" => Customers.RemoveTagsAsync(customerId, ["vip"]),
        "get_consent" => Customers.GetConsentAsync(customerId),
        "update_consent" => Customers.UpdateConsentAsync(customerId, new CustomerConsent()),
        "identify_anonymous" => Customers.IdentifyAnonymousAsync(customerId, new IdentifyCustomerRequest { Name = "Ana", Email = "ana@example.com" }),
        "register_device" => Customers.RegisterDeviceAsync(customerId, new RegisterDeviceRequest { DeviceToken = "fcm-1" }),
        "remove_devices" => Customers.RemoveDevicesAsync(customerId),
        "get_transactions" => Customers.GetTransactionsAsync(customerId),
        "get_gift_cards" => Customers.GetGiftCardsAsync(customerId),
        "request_referral_code" => Customers.RequestReferralCodeAsync(customerId, new RequestReferralCodeRequest { CampaignId = "campaign-1" }),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_null_id_is_refused_before_sending(string call)
    {
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => Call(call, null!));

        Assert.Equal("customerId", error.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task An_id_no_path_can_carry_is_refused_before_sending(string call)
    {
        foreach (var id in new[] { string.Empty, " ", ".", "..", "a\nb", "a\ud800b", new string('x', 1025) })
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => Call(call, id));

            Assert.Equal("customerId", error.ParamName);
        }

        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Each_missing_argument_is_named()
    {
        Assert.Equal("update", (await Assert.ThrowsAsync<ArgumentNullException>(() => Customers.UpdateAsync("c-1", null!))).ParamName);
        Assert.Equal("tags", (await Assert.ThrowsAsync<ArgumentNullException>(() => Customers.SetTagsAsync("c-1", null!))).ParamName);
        Assert.Equal("tagNames", (await Assert.ThrowsAsync<ArgumentNullException>(() => Customers.RemoveTagsAsync("c-1", null!))).ParamName);
        Assert.Equal("consent", (await Assert.ThrowsAsync<ArgumentNullException>(() => Customers.UpdateConsentAsync("c-1", null!))).ParamName);
        Assert.Equal("identity", (await Assert.ThrowsAsync<ArgumentNullException>(() => Customers.IdentifyAnonymousAsync("c-1", null!))).ParamName);
        Assert.Equal("device", (await Assert.ThrowsAsync<ArgumentNullException>(() => Customers.RegisterDeviceAsync("c-1", null!))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => Customers.RequestReferralCodeAsync("c-1", null!))).ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData("name", "name (Name) is blank")]
    [InlineData("email", "email (Email) is blank")]
    [InlineData("document", "document_type (DocumentType) is set but document_number (DocumentNumber) is not")]
    [InlineData("repeated", "update.name is set both as a property and in AdditionalProperties")]
    public async Task An_update_masivo_cannot_store_is_refused_naming_the_field(string problem, string message)
    {
        var update = problem switch
        {
            "name" => new UpdateCustomerRequest { Name = " " },
            "email" => new UpdateCustomerRequest { Email = string.Empty },
            "document" => new UpdateCustomerRequest { DocumentType = "DNI" },
            _ => new UpdateCustomerRequest { Name = "Ana", AdditionalProperties = new Dictionary<string, JsonElement> { ["name"] = JsonSerializer.SerializeToElement("Eva") } },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Customers.UpdateAsync("c-1", update));

        Assert.Equal("update", error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Tags_with_a_blank_name_are_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Customers.SetTagsAsync("c-1", new JsonObject { [" "] = "x" }));

        Assert.Equal("tags", error.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData(new string[0], "tags (tagNames) is empty")]
    [InlineData(new[] { "vip", " " }, "tags[1] is blank")]
    [InlineData(new[] { "vip", null }, "tags[1] is blank")]
    public async Task Tag_names_to_remove_are_at_least_one_and_none_blank(string?[] names, string message)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Customers.RemoveTagsAsync("c-1", names!));

        Assert.Equal("tagNames", error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Tag_names_are_read_once()
    {
        _masivo.Respond("DELETE", "/customers/c-1/tags", 200, Seed.Text("customers-remove-tags.response.json"));
        var reads = 0;
        IEnumerable<string> Names()
        {
            reads++;
            yield return "vip";
        }

        await Customers.RemoveTagsAsync("c-1", Names());

        Assert.Equal(1, reads);
        Assert.Equal("""{"tags":["vip"]}""", Assert.Single(_masivo.Requests).RequestMessage!.Body);
    }

    [Theory]
    [InlineData("name", "name (Name) is required")]
    [InlineData("email", "email (Email) is required")]
    [InlineData("new_id", "new_id (NewId) cannot be '..'")]
    [InlineData("device", "devices[0].device_token (DeviceToken) is required")]
    [InlineData("null device", "devices[0] is null")]
    public async Task An_identity_without_what_masivo_requires_is_refused(string problem, string message)
    {
        var identity = new IdentifyCustomerRequest { Name = "Ana", Email = "ana@example.com" };
        switch (problem)
        {
            case "name": identity.Name = null; break;
            case "email": identity.Email = " "; break;
            case "new_id": identity.NewId = ".."; break;
            case "device": identity.Devices = [new CustomerDevice()]; break;
            default: identity.Devices = [null!]; break;
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Customers.IdentifyAnonymousAsync("anon-1", identity));

        Assert.Equal("identity", error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_device_without_its_token_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Customers.RegisterDeviceAsync("c-1", new RegisterDeviceRequest { DeviceInfo = new CustomerDeviceInfo { Platform = DevicePlatform.Android } }));

        Assert.Equal("device", error.ParamName);
        Assert.Contains("device_token (DeviceToken) is required", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_referral_code_needs_its_campaign()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Customers.RequestReferralCodeAsync("c-1", new RequestReferralCodeRequest { BrandId = "brand-1" }));

        Assert.Equal("request", error.ParamName);
        Assert.Contains("campaign_id (CampaignId) is required", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(0)]
    [InlineData(-2024)]
    public async Task A_year_before_2020_is_refused(int year)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { Year = year }));

        Assert.Equal("query", error.ParamName);
        Assert.Contains("year (Year)", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Without_a_query_no_filter_is_sent()
    {
        _masivo.Respond("GET", "/customers/c-1/transactions", 200, Seed.Text("customers-get-transactions.response.json"));

        await Customers.GetTransactionsAsync("c-1");
        await Customers.GetTransactionsAsync("c-1", new CustomerTransactionsQuery { Year = CustomerTransactionsQuery.MinYear });

        Assert.Equal(
            ["/api/storefront/v1/customers/c-1/transactions", "/api/storefront/v1/customers/c-1/transactions?year=2020"],
            _masivo.Requests.Select(request => request.RequestMessage!.Url[_masivo.Server.Url!.Length..]));
    }

    [Fact]
    public async Task An_anonymous_customer_is_created_without_name_or_email()
    {
        _masivo.Respond("POST", "/customers", 201, Seed.Text("customers-create.response.json"));

        await Customers.CreateAsync(new CreateCustomerRequest { Id = "anon-1", IsAnonymous = true, RegistrationDate = DateTimeOffset.UnixEpoch });
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Customers.CreateAsync(new CreateCustomerRequest { Id = "c-2", RegistrationDate = DateTimeOffset.UnixEpoch }));

        Assert.Contains("name (Name) is required", error.Message, StringComparison.Ordinal);
        Assert.Single(_masivo.Requests);
    }
}
