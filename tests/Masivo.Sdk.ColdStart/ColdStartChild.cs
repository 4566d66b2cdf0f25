using Masivo.Sdk.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.ColdStart;

/// <summary>
/// One cold start in a fresh process: from just before building (the service provider, the client, the floor's
/// <see cref="HttpClient"/>) to the first completed coupons.redeem over a loopback socket. Prints one line for
/// the launcher: the total and each phase (<see cref="PhaseClock.Report"/>).
/// </summary>
public static class ColdStartChild
{
    public const string Floor = "floor";
    public const string Container = "sdk-di";
    public const string Constructor = "sdk-new";

    public static readonly string[] Scenarios = [Floor, Container, Constructor];

    private const string AccessToken = "benchmark-token";
    private const string AccountId = "benchmark-account";

    public static async Task<int> RunAsync(string scenario, Uri baseAddress)
    {
        var request = new RedeemCouponRequest { CustomerId = "customer-42", Code = "WELCOME10" };
        PhaseClock clock;
        CouponRedemption redemption;
        switch (scenario)
        {
            case Floor:
            {
                clock = new PhaseClock();
                using var http = new HttpClient { BaseAddress = baseAddress };
                var floor = new HandWrittenClient(http, HttpCompletionOption.ResponseHeadersRead);
                clock.Lap("build");
                redemption = await floor.RedeemAsync(request);
                clock.Lap("call");
                break;
            }

            case Container:
            {
                clock = new PhaseClock();
                var services = new ServiceCollection();
                services.AddMasivoClient(options =>
                {
                    options.BaseAddress = baseAddress;
                    options.AccessToken = AccessToken;
                    options.AccountId = AccountId;
                });
                await using var provider = services.BuildServiceProvider();
                clock.Lap("build");
                var client = provider.GetRequiredService<MasivoClient>();
                clock.Lap("resolve");
                redemption = await client.Coupons.RedeemAsync(request);
                clock.Lap("call");
                break;
            }

            case Constructor:
            {
                clock = new PhaseClock();
                using var client = new MasivoClient(new MasivoClientOptions { BaseAddress = baseAddress, AccessToken = AccessToken, AccountId = AccountId });
                clock.Lap("build");
                redemption = await client.Coupons.RedeemAsync(request);
                clock.Lap("call");
                break;
            }

            default:
                await Console.Error.WriteLineAsync($"Unknown scenario '{scenario}': one of {string.Join(", ", Scenarios)}.");
                return 2;
        }

        if (redemption.Customer?.Id is null)
        {
            await Console.Error.WriteLineAsync("The redemption came back without its customer.");
            return 1;
        }

        // How many assemblies the process loaded by then: each one loaded costs a file mapping and its types' loading.
        Console.WriteLine(clock.Report() + " assemblies=" + AppDomain.CurrentDomain.GetAssemblies().Length);
        if (Environment.GetEnvironmentVariable("MASIVO_COLDSTART_LIST_ASSEMBLIES") is not null)
        {
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            {
                await Console.Error.WriteLineAsync(assembly.GetName().Name);
            }
        }

        return 0;
    }
}
