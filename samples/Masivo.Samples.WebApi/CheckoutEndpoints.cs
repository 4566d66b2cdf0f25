using Masivo.Sdk;

namespace Masivo.Samples.WebApi;

/// <summary>Register a customer, read it back and redeem a coupon at checkout, per brand.</summary>
public static class CheckoutEndpoints
{
    private const string GetCustomerRoute = "GetCustomer";

    public static void Map(IEndpointRouteBuilder app)
    {
        var brand = app.MapGroup("/brands/{brand}");

        brand.MapPost("/customers", async (string brand, RegisterCustomer body, IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var masivo = ClientFor(services, brand);
            if (masivo is null)
            {
                return UnknownBrand(brand);
            }

            var created = await masivo.Customers.CreateAsync(new CreateCustomerRequest
            {
                Id = body.Id,
                Name = body.Name,
                Email = body.Email,
                RegistrationDate = DateTimeOffset.UtcNow,
            }, cancellationToken);
            return Results.CreatedAtRoute(GetCustomerRoute, new { brand, customerId = body.Id }, new { customer = created.Customer?.Id, wallet = created.Wallet?.Id });
        });

        // A customer Masivo does not know is a MasivoApiException with StatusCode 404, which
        // MasivoProblemHandler turns into a 404 problem response with Masivo's reason.
        brand.MapGet("/customers/{customerId}", async (string brand, string customerId, IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var masivo = ClientFor(services, brand);
            if (masivo is null)
            {
                return UnknownBrand(brand);
            }

            var found = await masivo.Customers.GetAsync(customerId, cancellationToken);
            return Results.Ok(new
            {
                customer = found.Customer?.Id,
                name = found.Customer?.Name,
                email = found.Customer?.Email,
                wallet = found.Wallet?.Id,
                balances = found.Wallet?.Totals?.Select(total => new { reward = total.RewardId, total = total.Total }),
            });
        }).WithName(GetCustomerRoute);

        brand.MapPost("/checkout/redeem", async (string brand, RedeemAtCheckout body, IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var masivo = ClientFor(services, brand);
            if (masivo is null)
            {
                return UnknownBrand(brand);
            }

            var redemption = await masivo.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = body.CustomerId, Code = body.Code, StoreId = body.StoreId }, cancellationToken);
            return Results.Ok(new
            {
                granted = redemption.Accumulations?.Select(line => new { reward = line.RewardId, amount = line.Amount }),
                balances = redemption.Wallet?.Totals?.Select(total => new { reward = total.RewardId, total = total.Total }),
            });
        });
    }

    private static MasivoClient? ClientFor(IServiceProvider services, string brand) => services.GetKeyedService<MasivoClient>(brand);

    private static IResult UnknownBrand(string brand) =>
        Results.Problem(title: "Unknown brand", detail: $"No Masivo account is configured for '{brand}'.", statusCode: StatusCodes.Status404NotFound);
}

/// <summary>A customer registering at the shop.</summary>
public sealed record RegisterCustomer(string Id, string Name, string Email);

/// <summary>A coupon entered at checkout.</summary>
public sealed record RedeemAtCheckout(string CustomerId, string Code, string? StoreId = null);
