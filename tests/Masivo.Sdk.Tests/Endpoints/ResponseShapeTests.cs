using System.Net;
using System.Text;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Endpoints;

/// <summary>
/// The shapes a descriptor can give its answer beside <c>{"data": …}</c>, read by the one execution path:
/// a bare body (for the endpoints documented without the envelope) and nothing (an endpoint whose 2xx is the answer).
/// </summary>
public sealed class ResponseShapeTests
{
    private static readonly MasivoEndpoint<ICustomersApi, string, CustomerWithWallet> BareGet = new(
        "customers.get", "GET", "customers/{id}", RetrySafety.Repeatable,
        EndpointResponse<CustomerWithWallet>.Bare(MasivoJsonContext.Default.CustomerWithWallet),
        static (api, id, endpoint, token) => api.GetAsync(id, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = PathSegment.Validate,
    };

    private static readonly MasivoEndpoint<ICustomersApi, string, NoAnswer> SilentGet = new(
        "customers.get", "GET", "customers/{id}", RetrySafety.Repeatable,
        EndpointResponse.Nothing,
        static (api, id, endpoint, token) => api.GetAsync(id, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = PathSegment.Validate,
    };

    [Fact]
    public async Task A_bare_body_is_read_as_the_answer_itself()
    {
        var context = InMemoryContext.Create((_, _) => Answer(200, """{"customer":{"id":"c-1","name":"Ana"},"wallet":{"id":"w-1"}}"""));

        var customer = await EndpointCall.RunAsync(context, BareGet, "c-1", CancellationToken.None);

        Assert.Equal("c-1", customer.Customer?.Id);
        Assert.Equal("w-1", customer.Wallet?.Id);
    }

    [Fact]
    public async Task A_bare_success_without_a_body_is_an_invalid_response_that_says_so()
    {
        var context = InMemoryContext.Create((_, _) => Answer(200, string.Empty));

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(() => EndpointCall.RunAsync(context, BareGet, "c-1", CancellationToken.None));

        Assert.Contains("with success but no body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_read_from_an_answer_whose_status_is_the_answer()
    {
        var context = InMemoryContext.Create((_, _) => Answer(204, string.Empty));

        Assert.Same(NoAnswer.Instance, await EndpointCall.RunAsync(context, SilentGet, "c-1", CancellationToken.None));
    }

    [Fact]
    public async Task A_failure_is_still_a_typed_error_whatever_the_shape()
    {
        var context = InMemoryContext.Create((_, _) => Answer(404, """{"error":"Not Found","details":"Customer 'c-1' not found"}"""));

        var error = await Assert.ThrowsAsync<MasivoApiException>(() => EndpointCall.RunAsync(context, SilentGet, "c-1", CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Customer 'c-1' not found", error.Details);
    }

    private static Task<HttpResponseMessage> Answer(int status, string body) => Task.FromResult(new HttpResponseMessage((HttpStatusCode)status)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    });
}
