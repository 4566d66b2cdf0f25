namespace Masivo.Sdk;

/// <summary>
/// The call failed on the network: Masivo could not be reached, or the connection broke before an
/// answer came. <see cref="Exception.InnerException"/> holds the transport error.
/// </summary>
public class MasivoConnectionException : MasivoException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoConnectionException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="innerException">The cause.</param>
    public MasivoConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Gets a value indicating whether the request may have reached Masivo before the failure.
    /// <see langword="false"/> only when no connection could be made at all.
    /// </summary>
    public bool RequestMayHaveBeenSent { get; init; } = true;
}
