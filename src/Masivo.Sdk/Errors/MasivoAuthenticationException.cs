using Masivo.Sdk.Internal;
namespace Masivo.Sdk;

/// <summary>
/// Masivo did not accept the credentials (401) or refused access (403): check the API key or token,
/// and that the key is a SERVER key of the right account.
/// </summary>
public class MasivoAuthenticationException : MasivoApiException
{
    /// <summary>Initializes a new instance of the <see cref="MasivoAuthenticationException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="statusCode">401 or 403.</param>
    public MasivoAuthenticationException(string message, int statusCode)
        : base(message, statusCode)
    {
    }

    internal MasivoAuthenticationException(string message, ApiErrorInfo info)
        : base(message, info)
    {
    }
}
