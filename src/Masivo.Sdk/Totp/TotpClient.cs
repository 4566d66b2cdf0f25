using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Creates and verifies one-time codes that prove a customer's identity (at a till, say): you deliver the code, the
/// customer types it back. Get it from <see cref="MasivoClient.Totp"/>.
/// </summary>
public class TotpClient
{
    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="TotpClient"/> class for mocking.</summary>
    protected TotpClient()
    {
    }

    internal TotpClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(TotpClient));

    /// <summary>
    /// Creates a one-time code for a customer (<c>POST auth/totp</c>). Not repeated after a failure that may hide a
    /// success (a 5xx, a timeout, a broken connection): a repeat would issue a second code.
    /// </summary>
    /// <param name="customerId">The customer the code proves, sent as <c>customer_id</c>.</param>
    /// <param name="metadata">Free information to get back when the code is verified (<see cref="TotpVerification.Metadata"/>).</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The code and when it expires.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused, for example for an unknown customer.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; a code may have been created.</exception>
    public virtual Task<TotpCode> CreateAsync(string customerId, JsonObject? metadata = null, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, TotpEndpoints.Create, new TotpCodeBody(customerId, metadata), cancellationToken);

    /// <summary>
    /// Verifies a code a customer typed (<c>GET auth/totp/verify?code=…</c>) and returns the customer it was created for.
    /// The query parameter's name, <c>code</c>, is inferred from a working client of the API: Masivo's reference page does
    /// not show its parameters. A code works once, so a verification is not repeated after a failure that may hide a
    /// success (a 5xx, a timeout, a connection broken after sending): Masivo may have used the code up, and a repeat
    /// would be refused as if the code were wrong. Only a 429 or a failure to connect is sent again.
    /// </summary>
    /// <param name="code">The code, sent as the <c>code</c> query parameter.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer, its wallet and the metadata given at creation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the code: wrong, expired or used (the status is not documented).</exception>
    /// <exception cref="MasivoException">
    /// The call failed on the network, timed out or was answered a 5xx: Masivo may have accepted the code and used it up,
    /// so verifying it again may be refused; ask the customer for a new code.
    /// </exception>
    public virtual Task<TotpVerification> VerifyAsync(string code, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, TotpEndpoints.Verify, code, cancellationToken);
}
