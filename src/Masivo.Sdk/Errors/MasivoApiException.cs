using Masivo.Sdk.Internal;
namespace Masivo.Sdk;

/// <summary>Masivo answered with a status code other than 2xx.</summary>
public class MasivoApiException : MasivoException
{
    /// <summary>The most characters of a response body an exception keeps.</summary>
    public const int MaxResponseBodyLength = 4096;

    /// <summary>Initializes a new instance of the <see cref="MasivoApiException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    public MasivoApiException(string message, int statusCode)
        : this(message, statusCode, innerException: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MasivoApiException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MasivoApiException(string message, int statusCode, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    internal MasivoApiException(string message, ApiErrorInfo info)
        : base(message)
    {
        StatusCode = info.StatusCode;
        Error = info.Error;
        Details = info.Details;
        Requirement = info.Requirement;
        RetryAfter = info.RetryAfter;
        ResponseBody = info.ResponseBody;
    }

    /// <summary>Gets the HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the <c>error</c> of the server's error body, when it sent one.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the <c>details</c> of the server's error body, when it sent them.</summary>
    public string? Details { get; init; }

    /// <summary>Gets the <c>requirement</c> a coupon's campaign condition did not meet, when the server said.</summary>
    public string? Requirement { get; init; }

    /// <summary>Gets how long the server asked to wait before trying again (<c>Retry-After</c>), when it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets the start of the raw response body, at most <see cref="MaxResponseBodyLength"/> characters.</summary>
    public string? ResponseBody { get; init; }
}
