using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// <see cref="FakeRoute.CreateTotp"/> (201 with a four-digit code for a known customer) and <see cref="FakeRoute.VerifyTotp"/>
/// (the customer, its wallet and the metadata, once per code, before it expires on the server's clock; else 404).
/// </summary>
internal sealed class TotpHandlers(FakeState state, FakeTotpCodes codes) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.CreateTotp] = FakeEndpoint.Handle(CreateAsync),
        [FakeRoute.VerifyTotp] = FakeEndpoint.Handle(Verify),
    };

    public async Task<IResult> CreateAsync(HttpContext context)
    {
        var (body, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.FakeTotpBody).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(body!.CustomerId))
        {
            return FakeResults.BadRequest("customer_id is required");
        }

        return state.FindCustomer(body.CustomerId) is null
            ? FakeResults.NotFound($"Customer '{body.CustomerId}' not found")
            : FakeResults.Data(codes.Create(body.CustomerId, body.Metadata), FakeJsonContext.Default.FakeEnvelopeTotpCode, StatusCodes.Status201Created);
    }

    public IResult Verify(HttpContext context)
    {
        var code = context.Request.Query.TryGetValue("code", out var value) ? value.ToString() : string.Empty;
        if (string.IsNullOrWhiteSpace(code))
        {
            return FakeResults.BadRequest("code is required");
        }

        if (codes.Take(code) is not { } taken || state.FindCustomer(taken.CustomerId) is not { } customer)
        {
            return FakeResults.NotFound("Invalid or expired code");
        }

        var verification = new TotpVerification { Customer = customer.Customer, Wallet = customer.Wallet, Metadata = taken.Metadata };
        return FakeResults.Data(verification, FakeJsonContext.Default.FakeEnvelopeTotpVerification);
    }
}
