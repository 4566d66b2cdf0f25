using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Reads the account's tier system. Get it from <see cref="MasivoClient.Tiers"/>.</summary>
public class TiersClient
{
    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="TiersClient"/> class for mocking.</summary>
    protected TiersClient()
    {
    }

    internal TiersClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(TiersClient));

    /// <summary>Lists the account's tiers (at most 10; a default "Base" tier always exists), in one call, retried like any read.</summary>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The tiers, in Masivo's order.</returns>
    /// <exception cref="MasivoApiException">Masivo refused the call.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<IReadOnlyList<Tier>> ListAsync(CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, TiersEndpoints.List, NoArguments.Instance, cancellationToken);
}
