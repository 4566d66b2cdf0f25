namespace Masivo.Sdk;

/// <summary>
/// The call was not sent: recent calls to Masivo failed so often that the client stopped calling
/// for a while (the circuit breaker is open) instead of adding load to a struggling server. Retry
/// after <see cref="RetryAfter"/>.
/// </summary>
public class MasivoCircuitOpenException : MasivoException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoCircuitOpenException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="retryAfter">How long until the client tries Masivo again, when known.</param>
    /// <param name="innerException">The cause.</param>
    public MasivoCircuitOpenException(string message, TimeSpan? retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Gets how long until the client lets a call through to Masivo again, when known.</summary>
    public TimeSpan? RetryAfter { get; }
}
