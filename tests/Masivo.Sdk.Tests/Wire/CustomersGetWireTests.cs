using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// What only reading a customer does. The request (its escaped id, headers), the documented answer and
/// every fault are the customers.get row of the endpoint table (EndpointWireTests, FaultMatrixTests).
/// </summary>
public sealed class CustomersGetWireTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    [Fact]
    public async Task An_unregistered_customer_is_a_404_api_exception_that_says_so()
    {
        _masivo.Respond("GET", "/customers/cust-7f3a9", 404, """{"error":"Not Found","details":"Customer not found"}""");

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => _masivo.Client.Customers.GetAsync("cust-7f3a9"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Customer not found", error.Details);
        Assert.Equal("customers.get", error.Operation);
        Assert.Contains("No customer is registered with this id.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cust-7f3a9", error.Message, StringComparison.Ordinal);
        Assert.Single(_masivo.Requests);
    }

    [Fact]
    public async Task The_answer_maps_to_the_customer_and_its_wallet()
    {
        _masivo.Respond("GET", "/customers/customer-42", 200, Seed.Text("customers-create.response.json"));

        var found = await _masivo.Client.Customers.GetAsync("customer-42");

        Assert.Equal("jsmith@example.com", found.Customer!.Email);
        Assert.Equal(127.6m, found.Wallet!.Totals![0].Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a\nb")]
    [InlineData("lone surrogate")] // xunit cannot carry one in theory data: the test makes it
    public async Task An_id_no_path_can_carry_is_refused_before_sending(string customerId)
    {
        customerId = customerId == "lone surrogate" ? "a\ud800b" : customerId;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.GetAsync(customerId));

        Assert.Equal("customerId", error.ParamName);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_null_id_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => _masivo.Client.Customers.GetAsync(null!));

        Assert.Equal("customerId", error.ParamName);
        Assert.Empty(_masivo.Requests);
    }
}
