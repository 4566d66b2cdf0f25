using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary><see cref="FakeRoute.RedeemCoupon"/>.</summary>
internal sealed class CouponsHandlers(FakeState state) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.RedeemCoupon] = FakeEndpoint.Handle(RedeemAsync),
    };

    /// <summary>Redeems a seeded coupon into a customer's wallet.</summary>
    public async Task<IResult> RedeemAsync(HttpContext context)
    {
        var (request, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.RedeemCouponRequest).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(request!.CustomerId) || string.IsNullOrWhiteSpace(request.Code))
        {
            return FakeResults.BadRequest("customer_id and code are required");
        }

        return state.Redeem(request, out var redemption) switch
        {
            RedeemOutcome.Redeemed => FakeResults.Data(redemption, FakeJsonContext.Default.FakeEnvelopeCouponRedemption),
            RedeemOutcome.UnknownCustomer => FakeResults.NotFound($"Customer '{request.CustomerId}' not found"),
            RedeemOutcome.UnknownCode => FakeResults.NotFound($"Coupon '{request.Code}' not found"),
            RedeemOutcome.Expired => FakeResults.Error(StatusCodes.Status400BadRequest, "Coupon expired", $"Coupon '{request.Code}' has expired", "Condition was not met"),
            _ => FakeResults.Error(StatusCodes.Status400BadRequest, "Coupon already redeemed", $"Coupon '{request.Code}' can be redeemed only once"),
        };
    }
}
