using Masivo.Sdk.Testing.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Masivo.Sdk.Testing.Internal;

/// <summary><c>POST coupons/redeem</c>.</summary>
internal static class CouponsEndpoints
{
    public static void Map(RouteGroupBuilder api, FakeState state)
    {
        api.MapPost("coupons/redeem", FakeEndpoint.Handle(async (HttpContext context) =>
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
        }));
    }
}
