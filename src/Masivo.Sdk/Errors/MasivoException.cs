namespace Masivo.Sdk;

/// <summary>
/// The base of every exception the SDK throws for a call that failed. A caller's own cancellation
/// is never wrapped: it surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public class MasivoException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="MasivoException"/> class.</summary>
    public MasivoException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MasivoException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    public MasivoException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MasivoException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="innerException">The cause.</param>
    public MasivoException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the SDK operation that failed, such as <c>coupons.redeem</c>, when known.</summary>
    public string? Operation { get; init; }
}
