namespace Masivo.Sdk.Internal;

/// <summary>
/// Thrown while taking the caller's value from a parsed success (an <see cref="EndpointResponse{T}"/> member choice)
/// when the answer has a shape the SDK will not guess at; <see cref="EndpointCall"/> turns it into a
/// <see cref="MasivoInvalidResponseException"/> carrying the status and the operation. Never leaves the SDK.
/// </summary>
internal sealed class UnexpectedAnswerException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="UnexpectedAnswerException"/> class.</summary>
    /// <param name="what">What is wrong, to follow "Masivo answered 200 to PUT contacts/{id} ".</param>
    public UnexpectedAnswerException(string what)
        : base(what)
    {
    }
}
