using System.Text.Json.Nodes;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>The fake stores what changes a customer's profile, through the public SDK: updates, tags, consent, devices, identification.</summary>
public sealed class CustomerProfileTests : FakeServerTest
{
    private static readonly DateTimeOffset Registered = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private Task<CustomerWithWallet> CreateAsync(string id, bool anonymous = false) => Client.Customers.CreateAsync(anonymous
        ? new CreateCustomerRequest { Id = id, IsAnonymous = true, RegistrationDate = Registered }
        : new CreateCustomerRequest { Id = id, Name = "Ana", Email = "ana@example.com", RegistrationDate = Registered, Tags = new JsonObject { ["tier"] = "gold" } });

    [Fact]
    public async Task An_update_changes_only_the_fields_it_sets_and_keeps_unknown_ones()
    {
        await CreateAsync("c-1");

        var updated = await Client.Customers.UpdateAsync("c-1", new UpdateCustomerRequest
        {
            Name = "Ana María",
            Gender = Gender.Female,
            Metadata = new JsonObject { ["source"] = "crm" },
            AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["nickname"] = System.Text.Json.JsonSerializer.SerializeToElement("Anita") },
        });
        var read = (await Client.Customers.GetAsync("c-1")).Customer!;

        Assert.Equal("Ana María", updated.Customer!.Name);
        Assert.Equal("Ana María", read.Name);
        Assert.Equal("ana@example.com", read.Email);
        Assert.Equal(Gender.Female, read.Gender);
        Assert.Equal("crm", read.Metadata!["source"]!.GetValue<string>());
        Assert.Equal("gold", read.Tags!["tier"]!.GetValue<string>());
        Assert.Equal("Anita", read.AdditionalProperties!["nickname"].GetString());
        Assert.NotNull(updated.Wallet);
    }

    [Fact]
    public async Task Tags_are_upserted_and_removed_by_name()
    {
        await CreateAsync("c-1");

        var set = await Client.Customers.SetTagsAsync("c-1", new JsonObject { ["segment"] = "vip", ["tier"] = "platinum" });
        var removed = await Client.Customers.RemoveTagsAsync("c-1", ["segment", "never-set"]);

        Assert.Equal(["tier", "segment"], set.Customer!.Tags!.Select(tag => tag.Key));
        Assert.Equal("platinum", set.Customer.Tags!["tier"]!.GetValue<string>());
        Assert.Equal(["tier"], removed.Customer!.Tags!.Select(tag => tag.Key));
        Assert.Equal(["tier"], (await Client.Customers.GetAsync("c-1")).Customer!.Tags!.Select(tag => tag.Key));
        Assert.Equal("""{"tags":["segment","never-set"]}""", Assert.Single(Server.RequestsTo(FakeRoute.RemoveCustomerTags)).Body);
    }

    [Fact]
    public async Task Consent_is_every_purpose_until_recorded_then_as_recorded()
    {
        await CreateAsync("c-1");

        var before = await Client.Customers.GetConsentAsync("c-1");
        var recorded = await Client.Customers.UpdateConsentAsync("c-1", new CustomerConsent
        {
            ConsentString = "COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAEEUACCKAAA",
            Version = "2.0",
            Purposes = new ConsentPurposes { BehavioralCampaigns = false, EmailMarketing = true },
            Vendors = new JsonObject { ["vendor_123"] = true },
        });
        var after = await Client.Customers.GetConsentAsync("c-1");

        Assert.True(before.Purposes!.BehavioralCampaigns);
        Assert.True(before.Purposes.LinkTracking);
        Assert.False(recorded.Purposes!.BehavioralCampaigns);
        Assert.Equal("c-1", recorded.CustomerId);
        Assert.NotNull(recorded.ConsentTimestamp);
        Assert.False(after.Purposes!.BehavioralCampaigns);
        Assert.Equal("COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAEEUACCKAAA", after.ConsentString);
        Assert.True(after.Vendors!["vendor_123"]!.GetValue<bool>());
        Assert.Equal("2.0", (await Client.Customers.GetAsync("c-1")).Customer!.Consent!.Version);
    }

    [Fact]
    public async Task Devices_are_registered_refreshed_and_removed()
    {
        await CreateAsync("c-1");

        await Client.Customers.RegisterDeviceAsync("c-1", new RegisterDeviceRequest { DeviceToken = "fcm-1", DeviceInfo = new CustomerDeviceInfo { Platform = DevicePlatform.Android, Model = "SM-S918B", OsVersion = "34" } });
        await Client.Customers.RegisterDeviceAsync("c-1", new RegisterDeviceRequest { DeviceToken = "fcm-2" });
        var refreshed = await Client.Customers.RegisterDeviceAsync("c-1", new RegisterDeviceRequest { DeviceToken = "fcm-1", DeviceInfo = new CustomerDeviceInfo { Platform = DevicePlatform.Android, OsVersion = "35" } });

        var devices = refreshed.Customer!.Devices!;
        Assert.Equal(["fcm-1", "fcm-2"], devices.Select(device => device.DeviceToken));
        Assert.Equal("35", devices[0].DeviceInfo!.OsVersion);
        Assert.True(devices[0].ExpiresAt > devices[0].CreatedAt);

        await Client.Customers.RemoveDevicesAsync("c-1");

        Assert.Empty((await Client.Customers.GetAsync("c-1")).Customer!.Devices!);
    }

    [Fact]
    public async Task An_anonymous_customer_is_identified_under_a_new_id_with_its_wallet()
    {
        var anonymous = await CreateAsync("anon-1", anonymous: true);
        Server.AddTransaction("anon-1", new Transaction { Type = TransactionType.Accumulation, Amount = 10m });

        var identified = await Client.Customers.IdentifyAnonymousAsync("anon-1", new IdentifyCustomerRequest
        {
            Name = "Ana",
            Email = "ana@example.com",
            NewId = "c-9",
            EmailStatus = EmailStatus.Valid,
            Devices = [new CustomerDevice { DeviceToken = "fcm-1" }],
        });

        Assert.True(anonymous.Customer!.IsAnonymous);
        Assert.False(string.IsNullOrEmpty(anonymous.Customer.Email));
        Assert.Equal("c-9", identified.Customer!.Id);
        Assert.False(identified.Customer.IsAnonymous);
        Assert.Equal("ana@example.com", identified.Customer.Email);
        Assert.Equal("fcm-1", Assert.Single(identified.Customer.Devices!).DeviceToken);
        Assert.Null(identified.Customer.AdditionalProperties);
        Assert.Equal(anonymous.Wallet!.Id, identified.Wallet!.Id);
        Assert.Single(await Client.Customers.GetTransactionsAsync("c-9"));
        Assert.Equal(404, (await Assert.ThrowsAsync<MasivoApiException>(() => Client.Customers.GetAsync("anon-1"))).StatusCode);
    }

    [Fact]
    public async Task Only_an_anonymous_customer_is_identified_and_a_new_id_must_be_free()
    {
        await CreateAsync("c-1");
        await CreateAsync("anon-1", anonymous: true);
        var identity = new IdentifyCustomerRequest { Name = "Ana", Email = "ana@example.com" };

        var registered = await Assert.ThrowsAsync<MasivoApiException>(() => Client.Customers.IdentifyAnonymousAsync("c-1", identity));
        identity.NewId = "c-1";
        var taken = await Assert.ThrowsAsync<MasivoApiException>(() => Client.Customers.IdentifyAnonymousAsync("anon-1", identity));

        Assert.Equal(400, registered.StatusCode);
        Assert.Equal(409, taken.StatusCode);
        Assert.True((await Client.Customers.GetAsync("anon-1")).Customer!.IsAnonymous);
    }

    [Fact]
    public async Task Every_customer_route_answers_404_for_an_unknown_customer_in_masivos_shape()
    {
        var customers = Client.Customers;
        Func<Task>[] calls =
        [
            () => customers.UpdateAsync("nobody", new UpdateCustomerRequest { Name = "Ana" }),
            () => customers.SetTagsAsync("nobody", new JsonObject { ["vip"] = true }),
            () => customers.RemoveTagsAsync("nobody", ["vip"]),
            () => customers.GetConsentAsync("nobody"),
            () => customers.UpdateConsentAsync("nobody", new CustomerConsent { Version = "2.0" }),
            () => customers.IdentifyAnonymousAsync("nobody", new IdentifyCustomerRequest { Name = "Ana", Email = "ana@example.com" }),
            () => customers.RegisterDeviceAsync("nobody", new RegisterDeviceRequest { DeviceToken = "fcm-1" }),
            () => customers.RemoveDevicesAsync("nobody"),
            () => customers.GetTransactionsAsync("nobody"),
            () => customers.GetGiftCardsAsync("nobody"),
            () => customers.RequestReferralCodeAsync("nobody", new RequestReferralCodeRequest { CampaignId = "campaign-1" }),
        ];

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<MasivoApiException>(call);

            Assert.Equal(404, error.StatusCode);
            Assert.Equal("Not Found", error.Error);
            Assert.Equal("Customer 'nobody' not found", error.Details);
        }

        Assert.Equal(calls.Length, Server.Requests.Count(request => request.Route != FakeRoute.Authorize));
    }

    [Fact]
    public async Task Any_id_reaches_its_customer_on_the_new_routes()
    {
        const string id = "a/b ü%?#";
        await CreateAsync(id);

        await Client.Customers.SetTagsAsync(id, new JsonObject { ["vip"] = true });
        await Client.Customers.RegisterDeviceAsync(id, new RegisterDeviceRequest { DeviceToken = "fcm-1" });

        var request = Assert.Single(Server.RequestsTo(FakeRoute.SetCustomerTags));
        Assert.Equal(id, request.RouteValues["id"]);
        Assert.True((await Client.Customers.GetAsync(id)).Customer!.Tags!["vip"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_dropped_identification_is_not_sent_again_but_an_update_is()
    {
        await CreateAsync("c-1");
        await CreateAsync("anon-1", anonymous: true);
        Server.FailNext(FakeRoute.UpdateCustomer, FakeFault.DropConnection());
        Server.FailNext(FakeRoute.IdentifyAnonymousCustomer, FakeFault.DropConnection());

        await Client.Customers.UpdateAsync("c-1", new UpdateCustomerRequest { Name = "Eva" });
        await Assert.ThrowsAsync<MasivoConnectionException>(() => Client.Customers.IdentifyAnonymousAsync("anon-1", new IdentifyCustomerRequest { Name = "Ana", Email = "ana@example.com" }));

        Assert.Equal(2, Server.RequestsTo(FakeRoute.UpdateCustomer).Count);
        Assert.Single(Server.RequestsTo(FakeRoute.IdentifyAnonymousCustomer));
    }
}
