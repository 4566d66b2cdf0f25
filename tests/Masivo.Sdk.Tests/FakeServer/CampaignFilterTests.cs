using System.Text.Json;
using Masivo.Sdk.Testing;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.FakeServer;

/// <summary>
/// Every documented filter of <c>GET campaigns</c> is applied by the fake before it pages, through the SDK's
/// <see cref="CampaignsClient.ListAsync"/>: six campaigns, the matching ones at positions 0, 3 and 5, two per page.
/// </summary>
public sealed class CampaignFilterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);
    private MasivoFakeServer _server = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { TimeProvider = _clock });
        _client = _server.CreateClient();
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-1", Name = "Ana", Email = "ana@example.com", RegistrationDate = Now.AddYears(-1) });

        // Positions 0, 3 and 5 match every filter below; 1, 2 and 4 match none (but NOT FINISHED, which 2 also matches).
        Seed(0, CampaignType.Behavior, "b-1", CampaignStatus.Running, "MARKETING", labels: ["summer"], audience: null);
        Seed(1, CampaignType.Coupons, "b-2", CampaignStatus.Finished, "SALES", labels: ["winter"], audience: ["c-2"]);
        Seed(2, CampaignType.Coupons, "b-2", CampaignStatus.Paused, "SALES", labels: null, audience: ["c-2", "c-3"]);
        Seed(3, CampaignType.Behavior, "b-1", CampaignStatus.Running, "MARKETING", labels: ["summer", "vip"], audience: ["c-2", "c-1"]);
        Seed(4, CampaignType.Coupons, "b-2", CampaignStatus.Finished, "SALES", labels: ["winter"], audience: []);
        Seed(5, CampaignType.Behavior, "b-1", CampaignStatus.Running, "MARKETING", labels: ["vip"], audience: ["c-1"]);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "type", "BEHAVIOR" },
        { "brand_id", "b-1" },
        { "status", "RUNNING" },
        { "funded_by", "MARKETING" },
        { "labels", "summer,vip" },
        { "customer_id", "c-1" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_is_applied_before_paging(string parameter, string value)
    {
        var query = new CampaignListQuery { PageSize = 2 };
        switch (parameter)
        {
            case "type": query.Type = CampaignType.Behavior; break;
            case "brand_id": query.BrandId = "b-1"; break;
            case "status": query.Status = CampaignStatus.Running; break;
            case "funded_by": query.FundedBy = "MARKETING"; break;
            case "labels": query.Labels = ["summer", "vip"]; break;
            default: query.CustomerId = "c-1"; break;
        }

        var campaigns = await _client.Campaigns.ListAsync(query).CollectAsync();

        Assert.Equal(["k-0", "k-3", "k-5"], campaigns.Select(campaign => campaign.Name));
        var requests = _server.RequestsTo(FakeRoute.ListCampaigns);
        Assert.Equal(2, requests.Count); // a full page of two, then a short one
        Assert.All(requests, request => Assert.Equal(value, request.Query[parameter]));
    }

    [Fact]
    public async Task Without_filters_every_campaign_is_listed_across_pages()
    {
        var campaigns = await _client.Campaigns.ListAsync(new CampaignListQuery { PageSize = 4 }).CollectAsync();

        Assert.Equal(["k-0", "k-1", "k-2", "k-3", "k-4", "k-5"], campaigns.Select(campaign => campaign.Name));
    }

    [Fact]
    public async Task Not_finished_lists_every_campaign_but_the_finished_ones()
    {
        var campaigns = await _client.Campaigns.ListAsync(new CampaignListQuery { PageSize = 2, Status = CampaignStatus.NotFinished }).CollectAsync();

        Assert.Equal(["k-0", "k-2", "k-3", "k-5"], campaigns.Select(campaign => campaign.Name));
    }

    [Fact]
    public async Task One_label_lists_the_campaigns_carrying_it_and_labels_are_served()
    {
        var campaigns = await _client.Campaigns.ListAsync(new CampaignListQuery { PageSize = 1, Labels = ["vip"] }).CollectAsync();

        Assert.Equal(["k-3", "k-5"], campaigns.Select(campaign => campaign.Name));
        Assert.Equal(["summer", "vip"], campaigns[0].AdditionalProperties!["labels"].EnumerateArray().Select(label => label.GetString()));
    }

    [Fact]
    public async Task Labels_a_campaign_carries_in_its_own_labels_field_are_filtered_on_too()
    {
        var campaign = new Campaign { Name = "k-6", AdditionalProperties = new Dictionary<string, JsonElement> { ["labels"] = JsonSerializer.SerializeToElement("autumn, vip") } };
        _server.AddCampaign(campaign);

        var campaigns = await _client.Campaigns.ListAsync(new CampaignListQuery { PageSize = 2, Labels = ["autumn"] }).CollectAsync();

        Assert.Equal("k-6", Assert.Single(campaigns).Name);
    }

    [Fact]
    public async Task Filters_combine_and_a_campaign_with_an_empty_audience_is_open_to_no_one()
    {
        _server.AddCampaign(new Campaign { Name = "k-6", Type = CampaignType.Coupons, Status = CampaignStatus.Running }, customerIds: ["c-1"]);
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "c-2", Name = "Luis", Email = "luis@example.com", RegistrationDate = Now.AddYears(-1) });

        var forCustomer = await _client.Campaigns.ListAsync(new CampaignListQuery { PageSize = 2, CustomerId = "c-1", Type = CampaignType.Coupons }).CollectAsync();
        var other = await _client.Campaigns.ListAsync(new CampaignListQuery { CustomerId = "c-2", Type = CampaignType.Coupons }).CollectAsync();

        Assert.Equal("k-6", Assert.Single(forCustomer).Name);
        Assert.Equal(["k-1", "k-2"], other.Select(campaign => campaign.Name)); // k-4's audience is empty
    }

    [Fact]
    public async Task A_customer_id_naming_no_customer_is_a_404()
    {
        var error = await Assert.ThrowsAsync<MasivoApiException>(() => _client.Campaigns.ListAsync(new CampaignListQuery { CustomerId = "nobody" }).CollectAsync());

        Assert.Equal(404, error.StatusCode);
    }

    private void Seed(int index, CampaignType type, string brandId, CampaignStatus status, string fundedBy, string[]? labels, string[]? audience) =>
        _server.AddCampaign(
            new Campaign { Name = $"k-{index}", Type = type, BrandId = brandId, Status = status, FundedBy = fundedBy },
            customerIds: audience,
            labels: labels);
}
