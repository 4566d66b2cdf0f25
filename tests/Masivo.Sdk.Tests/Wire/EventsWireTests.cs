using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// What only the behavior events do: the checks made before anything is sent (each naming its JSON field), the
/// issued_at window on the client's clock, and the answers' typed values. The documented requests and answers
/// and every fault are the events.* rows of the endpoint table (EndpointWireTests, FaultMatrixTests).
/// </summary>
public sealed class EventsWireTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly WireMockMasivo _masivo;

    public EventsWireTests() => _masivo = new WireMockMasivo(services: services => services.AddSingleton<TimeProvider>(_time));

    public void Dispose() => _masivo.Dispose();

    private EventsClient Events => _masivo.Client.Events;

    private static SendEventRequest Purchase() => new()
    {
        CustomerId = "cust-1",
        BrandId = "0001",
        Type = BehaviorEventType.Purchase,
        Order = new Order
        {
            PurchaseId = "ORDER-1",
            Value = 20.95m,
            DiscountedValue = 10.95m,
            Products =
            [
                new OrderProduct { Sku = "A", Redeem = [new OrderRedemption { Id = "points", Amount = 1m }] },
                new OrderProduct { Sku = "B" },
                new OrderProduct { Sku = "C", Redeem = [new OrderRedemption { Id = "points", Amount = 2m }] },
            ],
            Shipping = new OrderShipping { Value = 3.25m, Redeem = [new OrderRedemption { Id = "points", Amount = 1m }] },
        },
    };

    [Fact]
    public async Task A_sent_event_answers_its_typed_status_and_result()
    {
        _masivo.Respond("POST", "/behavior/events", 200, Seed.Text("events-send.response.json"));

        var sent = await Events.SendAsync(Purchase());

        Assert.Equal(BehaviorEventStatus.Resolved, sent.Status);
        Assert.Equal(BehaviorEventType.Purchase, sent.Type);
        Assert.False(sent.Fulfilled);
        Assert.Equal(3, sent.Reserve);
        Assert.Equal(10.95m, Assert.Single(sent.Result!.Accumulations!).Amount);
        Assert.Equal(new DateTimeOffset(2023, 11, 10, 5, 31, 56, TimeSpan.Zero), sent.Result.Redemptions![0].ReservationExpiresAt);
        Assert.Equal(127.6m, sent.Result.Wallet!.Totals![0].Total);
        Assert.Equal("John Smith", sent.Result.Customer!.Name);
        Assert.Equal("0001", sent.Data!["brand_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_fields_and_values_of_an_event_are_kept_and_written_back()
    {
        const string answer = """
            {"data":{"id":"e-1","type":"REVIEW_WRITTEN","status":"ON_HOLD","priority":3,
            "result":{"gift_card":[{"code":"GC-1"}],"transactions":[{"id":"t-1","type":"ACCUMULATION"}]}}}
            """;
        _masivo.Respond("PATCH", "/behavior/events/e-1/fulfill", 200, answer);

        var fulfilled = await Events.FulfillAsync("e-1");

        Assert.Equal(new BehaviorEventStatus("ON_HOLD"), fulfilled.Status);
        Assert.Equal("REVIEW_WRITTEN", fulfilled.Type!.Value.Value);
        Assert.Equal(3, fulfilled.AdditionalProperties!["priority"].GetInt32());
        Assert.Contains("gift_card", fulfilled.Result!.AdditionalProperties!.Keys);
        JsonAssert.Equivalent(
            JsonNode.Parse(answer)!["data"],
            JsonSerializer.SerializeToNode(fulfilled, MasivoJsonContext.Default.BehaviorEvent));
    }

    [Fact]
    public async Task A_custom_event_type_and_an_issued_at_in_the_window_are_sent_as_given()
    {
        _masivo.Respond("POST", "/behavior/events", 200, """{"data":{"id":"e-2","status":"PENDING"}}""");
        var issued = Now.AddHours(-71);

        await Events.SendAsync(new SendEventRequest
        {
            CustomerId = "cust-1",
            BrandId = "0001",
            Type = "REVIEW_WRITTEN",
            Fulfilled = false,
            Reserve = 2,
            IssuedAt = issued,
            Redeem = [new OrderRedemption { Id = "points", Amount = 5m }],
        });

        var body = WireMockMasivo.BodyOf(Assert.Single(_masivo.Requests))!;
        Assert.Equal("REVIEW_WRITTEN", body["type"]!.GetValue<string>());
        Assert.Equal("2026-02-26T13:00:00Z", body["issued_at"]!.GetValue<string>());
        Assert.False(body["fulfilled"]!.GetValue<bool>());
        Assert.Equal(2, body["reserve"]!.GetValue<int>());
        Assert.Null(body["order"]);
    }

    [Theory]
    [InlineData(4)] // within the five minutes of clock difference allowed
    [InlineData(-72 * 60 - 4)]
    public async Task An_issued_at_just_past_an_edge_is_left_for_masivo_to_judge(int minutesFromNow)
    {
        _masivo.Respond("POST", "/behavior/events", 200, """{"data":{"id":"e-3"}}""");
        var request = Purchase();
        request.IssuedAt = Now.AddMinutes(minutesFromNow);

        await Events.SendAsync(request);

        Assert.Single(_masivo.Requests);
    }

    [Theory]
    [InlineData(6, "in the future")]
    [InlineData(-72 * 60 - 6, "more than 72 hours ago")]
    public async Task An_issued_at_outside_the_window_is_refused_by_the_clients_clock(int minutesFromNow, string why)
    {
        var request = Purchase();
        request.IssuedAt = Now.AddMinutes(minutesFromNow);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Events.SendAsync(request));

        Assert.Equal("request", error.ParamName);
        Assert.StartsWith("issued_at (IssuedAt)", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task The_window_moves_with_the_clients_clock()
    {
        _masivo.Respond("POST", "/behavior/events", 200, """{"data":{"id":"e-4"}}""");
        var request = Purchase();
        request.IssuedAt = Now.AddMinutes(30);

        await Assert.ThrowsAsync<ArgumentException>(() => Events.SendAsync(request));
        _time.Advance(TimeSpan.FromHours(1));
        await Events.SendAsync(request);

        Assert.Single(_masivo.Requests);
    }

    public static TheoryData<string, Action<SendEventRequest>> InvalidEvents() => new()
    {
        { "customer_id (CustomerId) is required", request => request.CustomerId = " " },
        { "brand_id (BrandId) is required", request => request.BrandId = null },
        { "type (Type) is required", request => request.Type = null },
        { "type (Type) is required", request => request.Type = default(BehaviorEventType) },
        { "reserve (Reserve) is 0", request => request.Reserve = 0 },
        { "order.products[2].redeem[0].amount (Order.Products[2].Redeem[0].Amount) is 0", request => request.Order!.Products![2].Redeem![0].Amount = 0m },
        { "order.products[2].redeem[0].amount (Order.Products[2].Redeem[0].Amount) is -2", request => request.Order!.Products![2].Redeem![0].Amount = -2m },
        { "order.products[0].redeem[0].amount (Order.Products[0].Redeem[0].Amount) is required", request => request.Order!.Products![0].Redeem![0].Amount = null },
        { "order.products[0].redeem[0].id (Order.Products[0].Redeem[0].Id)", request => request.Order!.Products![0].Redeem![0].Id = "" },
        { "order.products[1] (Order.Products[1]) is null", request => request.Order!.Products![1] = null! },
        { "order.shipping.redeem[0].amount (Order.Shipping.Redeem[0].Amount) is -1", request => request.Order!.Shipping!.Redeem![0].Amount = -1m },
        { "order.redeem[1] (Order.Redeem[1]) is null", request => request.Order!.Redeem = [new OrderRedemption { Id = "p", Amount = 1m }, null!] },
        { "redeem[0].amount (Redeem[0].Amount) is 0", request => request.Redeem = [new OrderRedemption { Id = "p", Amount = 0m }] },
        { "product.redeem[0].amount (Product.Redeem[0].Amount) is 0", request => request.Product = new OrderProduct { Redeem = [new OrderRedemption { Id = "p", Amount = 0m }] } },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public async Task An_invalid_event_is_refused_naming_its_field_and_nothing_is_sent(string message, Action<SendEventRequest> spoil)
    {
        var request = Purchase();
        spoil(request);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Events.SendAsync(request));

        Assert.Equal("request", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_null_event_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => Events.SendAsync(null!));

        Assert.Equal("request", error.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    [InlineData("a\tb")]
    public async Task An_event_id_no_path_can_carry_is_refused_before_fulfilling_or_reversing(string eventId)
    {
        var fulfil = await Assert.ThrowsAsync<ArgumentException>(() => Events.FulfillAsync(eventId));
        var reverse = await Assert.ThrowsAsync<ArgumentException>(() => Events.ReverseAsync(eventId, "returned"));

        Assert.Equal("eventId", fulfil.ParamName);
        Assert.Equal("eventId", reverse.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task Null_ids_and_reasons_are_refused()
    {
        Assert.Equal("eventId", (await Assert.ThrowsAsync<ArgumentNullException>(() => Events.FulfillAsync(null!))).ParamName);
        Assert.Equal("eventId", (await Assert.ThrowsAsync<ArgumentNullException>(() => Events.ReverseAsync(null!, "returned"))).ParamName);
        Assert.Equal("reason", (await Assert.ThrowsAsync<ArgumentNullException>(() => Events.ReverseAsync("e-1", null!))).ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_reason_is_refused(string reason)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Events.ReverseAsync("e-1", reason));

        Assert.Equal("reason", error.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData(0, "not after start_date")]
    [InlineData(-1, "not after start_date")]
    [InlineData(366 * 24, "more than one year")]
    public async Task A_window_masivo_refuses_is_refused_before_sending(int hours, string why)
    {
        var from = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Events.FulfillExpiredAsync(from, from.AddHours(hours)));

        Assert.Equal("to", error.ParamName);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_window_of_exactly_one_year_is_sent_with_its_dates()
    {
        _masivo.Respond("POST", "/customers/fulfill_expired_events", 200, Seed.Text("events-fulfill-expired.response.json"));
        var from = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.FromHours(-5));

        var result = await Events.FulfillExpiredAsync(from, from.AddYears(1));

        Assert.Equal("1 event(s) have been queued for fulfillment", result.Message);
        var body = WireMockMasivo.BodyOf(Assert.Single(_masivo.Requests))!;
        Assert.Equal("2025-03-01T00:00:00-05:00", body["start_date"]!.GetValue<string>());
        Assert.Equal("2026-03-01T00:00:00-05:00", body["end_date"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_preview_answers_every_levels_redemptions_result()
    {
        _masivo.Respond("PUT", "/events/redeem/preview", 200, Seed.Text("events-preview-redemption.response.json"));

        var preview = await Events.PreviewRedemptionAsync(new PreviewRedemptionRequest { CustomerId = "cust-1", Order = Purchase().Order });

        Assert.Equal(0.1m, preview.Order!.RedemptionsResult!.DiscountValue);
        Assert.Equal(0.5m, preview.Order.RedemptionsResult.DiscountPercent);
        Assert.Equal("UPDATE", preview.Order.RedemptionsResult.Action);
        Assert.Equal(10.85m, preview.Order.Products![0].RedemptionsResult!.Value);
        Assert.Equal(2.15m, preview.Order.Shipping!.RedemptionsResult!.Value);
        var redeemed = Assert.Single(preview.Order.RedemptionsResult.Redeemed!);
        Assert.Equal("Insufficient balance", redeemed.Error);
        Assert.Equal(RewardType.Points, redeemed.Reward!.Type);
    }

    [Fact]
    public async Task A_preview_needs_a_customer_and_an_order_and_valid_redeem_items()
    {
        var noCustomer = await Assert.ThrowsAsync<ArgumentException>(() => Events.PreviewRedemptionAsync(new PreviewRedemptionRequest { Order = new Order() }));
        var noOrder = await Assert.ThrowsAsync<ArgumentException>(() => Events.PreviewRedemptionAsync(new PreviewRedemptionRequest { CustomerId = "c" }));
        var order = Purchase().Order!;
        order.Products![2].Redeem![0].Amount = 0m;
        var badItem = await Assert.ThrowsAsync<ArgumentException>(() => Events.PreviewRedemptionAsync(new PreviewRedemptionRequest { CustomerId = "c", Order = order }));

        Assert.StartsWith("customer_id (CustomerId)", noCustomer.Message, StringComparison.Ordinal);
        Assert.StartsWith("order (Order) is required", noOrder.Message, StringComparison.Ordinal);
        Assert.StartsWith("order.products[2].redeem[0].amount", badItem.Message, StringComparison.Ordinal);
        Assert.All([noCustomer, noOrder, badItem], error => Assert.Equal("request", error.ParamName));
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task An_unknown_event_is_a_404_that_says_so()
    {
        _masivo.Respond("POST", "/behavior/events/e-9/reverse", 404, """{"error":"Not Found","details":"Event not found"}""");

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => Events.ReverseAsync("e-9", "returned"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("events.reverse", error.Operation);
        Assert.Contains("No event has this id.", error.Message, StringComparison.Ordinal);
        Assert.Equal("returned", WireMockMasivo.BodyOf(Assert.Single(_masivo.Requests))!["reason"]!.GetValue<string>());
    }
}
