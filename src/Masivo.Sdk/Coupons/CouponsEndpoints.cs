using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The coupons endpoints' facts; <see cref="ICouponsApi"/> builds their requests.</summary>
internal static class CouponsEndpoints
{
    public static readonly MasivoEndpoint<ICouponsApi, RedeemCouponRequest, CouponRedemption> Redeem = new(
        "coupons.redeem",
        "POST",
        "coupons/redeem",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<CouponRedemption>.Data(MasivoJsonContext.Default.DataEnvelopeCouponRedemption),
        static (api, request, endpoint, token) => api.RedeemAsync(request, endpoint, token))
    {
        ArgumentName = "request",
        Validate = static (request, argument) => request.Validate(argument),
        Advice = new Dictionary<int, string>
        {
            [400] = "Check the coupon code, the customer and the campaign's conditions.",
            [404] = "The customer, coupon or reward does not exist.",
        },
    };
}

/// <summary>The coupons endpoints' requests, as Refit builds them; <see cref="CouponsEndpoints"/> holds their facts.</summary>
internal interface ICouponsApi
{
    [Post("/coupons/redeem")]
    Task<HttpResponseMessage> RedeemAsync(
        [Body] RedeemCouponRequest request,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
