using System.Net;
using System.Net.Sockets;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Wire;

public sealed class TransportFailureTests
{
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Nothing_listening_is_a_connection_exception_that_says_nothing_was_sent()
    {
        using var client = new MasivoClient(new MasivoClientOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/api/storefront/v1/"),
            AccessToken = "t",
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        });

        var error = await Assert.ThrowsAsync<MasivoConnectionException>(
            () => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "c", Code = "x" }));

        Assert.False(error.RequestMayHaveBeenSent);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal("coupons.redeem", error.Operation);
    }

    // A stall, a dropped connection or an unreadable success on a first attempt, for every endpoint: FaultMatrixTests.
    private static Task Stall(HttpContext context) => Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);

    [Fact]
    public async Task A_slow_search_is_retried_after_each_attempt_timeout()
    {
        await using var stub = await KestrelStub.StartAsync(Stall);
        using var client = stub.CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetries = 2;
        });

        await Assert.ThrowsAsync<MasivoTimeoutException>(
            () => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a" }));

        Assert.Equal(3, stub.Attempts);
    }

    [Fact]
    public async Task A_success_without_data_is_an_invalid_response_exception()
    {
        using var masivo = new WireMockMasivo();
        masivo.Respond("POST", "/customers", 201, "");

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(() => masivo.Client.Customers.CreateAsync(
            new CreateCustomerRequest { Id = "1", Name = "A", Email = "a@example.com", RegistrationDate = DateTimeOffset.UtcNow }));

        Assert.Equal("customers.create", error.Operation);
        Assert.Equal(201, error.StatusCode);
    }
}
