using System.Diagnostics;

namespace Masivo.Sdk.Testing.Tests;

public sealed class ScriptedFaultTests : IAsyncLifetime
{
    private MasivoFakeServer _masivo = null!;

    public async Task InitializeAsync() => _masivo = await MasivoFakeServer.StartAsync();

    public async Task DisposeAsync() => await _masivo.DisposeAsync();

    private static Task<IReadOnlyList<Contact>> Search(MasivoClient client) =>
        client.Contacts.SearchAsync(new ContactSearchQuery { Email = "nobody@example.com" });

    [Fact]
    public async Task The_next_N_calls_to_a_route_fail_with_the_status_then_it_answers_normally()
    {
        using var client = _masivo.CreateClient(o => o.MaxRetries = 0);
        _masivo.FailNext(FakeRoute.SearchContacts, FakeFault.Status(503, details: "maintenance"), times: 2);

        var first = await Assert.ThrowsAsync<MasivoApiException>(() => Search(client));
        var second = await Assert.ThrowsAsync<MasivoApiException>(() => Search(client));
        var third = await Search(client);

        Assert.Equal((503, "maintenance"), (first.StatusCode, first.Details));
        Assert.Equal(503, second.StatusCode);
        Assert.Empty(third);
        Assert.Equal(0, _masivo.PendingFaults(FakeRoute.SearchContacts));
        Assert.Equal(3, _masivo.RequestsTo(FakeRoute.SearchContacts).Count);
    }

    [Fact]
    public async Task A_fault_touches_only_its_route()
    {
        using var client = _masivo.CreateClient(o => o.MaxRetries = 0);
        _masivo.FailNext(FakeRoute.RedeemCoupon, FakeFault.Status(500));

        await Search(client);

        Assert.Equal(1, _masivo.PendingFaults(FakeRoute.RedeemCoupon));
    }

    [Fact]
    public async Task A_status_fault_carries_its_Retry_After()
    {
        using var client = _masivo.CreateClient(o => o.MaxRetries = 0);
        _masivo.FailNext(FakeRoute.SearchContacts, FakeFault.RateLimited(TimeSpan.FromSeconds(7)));

        var error = await Assert.ThrowsAsync<MasivoRateLimitException>(() => Search(client));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_redeem_is_not_repeated_and_the_coupon_is_not_redeemed()
    {
        using var client = _masivo.CreateClient();
        _masivo.AddCoupon(new FakeCoupon("DROP") { Rewards = { new FakeCouponReward(5m, RewardType.Points) } });
        _masivo.FailNext(FakeRoute.RedeemCoupon, FakeFault.DropConnection());

        var error = await Assert.ThrowsAsync<MasivoConnectionException>(
            () => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-1", Code = "DROP" }));

        Assert.True(error.RequestMayHaveBeenSent);
        Assert.Single(_masivo.RequestsTo(FakeRoute.RedeemCoupon));
    }

    [Fact]
    public async Task A_delay_past_the_attempt_timeout_makes_an_idempotent_call_retry()
    {
        using var client = _masivo.CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(2); // generous: the retry must not time out on a cold, busy machine
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(10);
        });
        _masivo.FailNext(FakeRoute.SearchContacts, FakeFault.Delayed(TimeSpan.FromSeconds(30)));

        await Search(client);

        Assert.Equal(2, _masivo.RequestsTo(FakeRoute.SearchContacts).Count);
    }

    [Fact]
    public async Task A_short_delay_is_answered_normally_after_it()
    {
        using var client = _masivo.CreateClient();
        _masivo.FailNext(FakeRoute.SearchContacts, FakeFault.Delayed(TimeSpan.FromMilliseconds(300)));
        var watch = Stopwatch.StartNew();

        await Search(client);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"answered after {watch.Elapsed}");
        Assert.Single(_masivo.RequestsTo(FakeRoute.SearchContacts));
    }

    [Fact]
    public void Faults_are_described_and_bad_schedules_refused()
    {
        Assert.Equal("status 429 with Retry-After 2", FakeFault.RateLimited(TimeSpan.FromSeconds(2)).ToString());
        Assert.Throws<ArgumentException>(() => _masivo.FailNext(FakeRoute.Unknown, FakeFault.Status(500)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _masivo.FailNext(FakeRoute.Authorize, FakeFault.Status(500), times: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeFault.Status(700));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(199)]
    [InlineData(302)]
    [InlineData(399)]
    [InlineData(600)]
    public void A_status_that_is_neither_an_error_nor_a_success_is_refused(int status)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FakeFault.Status(status));

        Assert.Equal("statusCode", error.ParamName);
        Assert.Contains("400 to 599", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_Retry_After_is_refused_naming_it()
    {
        Assert.Equal("retryAfter", Assert.Throws<ArgumentOutOfRangeException>(() => FakeFault.RateLimited(TimeSpan.FromSeconds(-5))).ParamName);
        Assert.Equal("retryAfter", Assert.Throws<ArgumentOutOfRangeException>(() => FakeFault.Status(503, TimeSpan.FromTicks(-1))).ParamName);
        Assert.Equal("delay", Assert.Throws<ArgumentOutOfRangeException>(() => FakeFault.Delayed(TimeSpan.FromSeconds(-1))).ParamName);
        Assert.Equal("status 429 with Retry-After 0", FakeFault.RateLimited(TimeSpan.Zero).ToString());
        Assert.Equal("status 429 with Retry-After 2", FakeFault.RateLimited(TimeSpan.FromSeconds(1.2)).ToString()); // as the header is sent
    }

    [Fact]
    public async Task A_2xx_fault_is_an_answer_the_client_cannot_read()
    {
        using var client = _masivo.CreateClient(o => o.MaxRetries = 0);
        _masivo.FailNext(FakeRoute.SearchContacts, FakeFault.Status(200));
        _masivo.FailNext(FakeRoute.SearchContacts, FakeFault.Status(204));

        var errorBody = await Assert.ThrowsAsync<MasivoInvalidResponseException>(() => Search(client));
        var noBody = await Assert.ThrowsAsync<MasivoInvalidResponseException>(() => Search(client));

        Assert.Equal(200, errorBody.StatusCode);
        Assert.Equal(204, noBody.StatusCode);
        Assert.Equal(2, _masivo.RequestsTo(FakeRoute.SearchContacts).Count);
    }
}
