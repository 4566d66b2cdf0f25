namespace Masivo.Sdk;

/// <summary>
/// A call took longer than <see cref="MasivoClientOptions.AttemptTimeout"/> or
/// <see cref="MasivoClientOptions.TotalTimeout"/>. For a create or a redeem the server may still
/// have processed it: check before trying again.
/// </summary>
public class MasivoTimeoutException : MasivoException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoTimeoutException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="innerException">The cause.</param>
    public MasivoTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
