using Masivo.Sdk;
using Masivo.Sdk.Testing;
using Microsoft.Extensions.Options;

namespace Masivo.Samples.WebApi;

/// <summary>Builds the web application: keyed Masivo clients per brand, problem details, and the endpoints.</summary>
public static class WebApiApp
{
    public const string AccountsSection = "Masivo:Accounts";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<MasivoProblemHandler>();

        var brands = builder.Configuration.GetSection(AccountsSection).GetChildren().Select(section => section.Key).ToList();
        foreach (var brand in brands)
        {
            var section = builder.Configuration.GetSection($"{AccountsSection}:{brand}");
            builder.Services.AddMasivoClient(brand, section);
            if (string.IsNullOrWhiteSpace(section["ApiKey"]) && string.IsNullOrWhiteSpace(section["AccessToken"]))
            {
                UseFakeMasivo(builder.Services, brand, section["AccountId"] ?? brand);
            }
        }

        builder.Services.AddSingleton(new Brands(brands));
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        CheckoutEndpoints.Map(app);
        return app;
    }

    /// <summary>Points a brand's client at an embedded fake Masivo with a WELCOME10 coupon, so the sample runs with nothing configured.</summary>
    private static void UseFakeMasivo(IServiceCollection services, string brand, string accountId)
    {
        var fake = MasivoFakeServer.Start(new MasivoFakeServerOptions { AccountId = accountId });
        fake.AddCoupon(new FakeCoupon("WELCOME10") { SingleUse = false, Rewards = { new FakeCouponReward(10m, RewardType.Points) { RewardId = "points", Name = "Points" } } });
        services.AddKeyedSingleton(brand, fake);
        services.PostConfigure<MasivoClientOptions>(brand, options =>
        {
            options.BaseAddress = fake.BaseAddress;
            options.ApiKey = fake.ApiKey;
        });
    }
}

/// <summary>The brands configured under <c>Masivo:Accounts</c>.</summary>
public sealed record Brands(IReadOnlyList<string> Names);
