namespace Masivo.Sdk;

/// <summary>
/// Masivo answered with a success status but a body the SDK cannot read (empty, malformed, or of
/// an unexpected shape). The call itself may have succeeded.
/// </summary>
public class MasivoInvalidResponseException : MasivoException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoInvalidResponseException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MasivoInvalidResponseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status code of the answer.</summary>
    public int StatusCode { get; init; }
}
