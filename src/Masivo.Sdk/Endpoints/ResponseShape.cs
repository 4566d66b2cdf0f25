namespace Masivo.Sdk.Internal;

/// <summary>How an endpoint answers a success.</summary>
internal enum ResponseShape
{
    /// <summary><c>{"data": …}</c>: the SDK returns what <c>data</c> holds.</summary>
    Data,

    /// <summary><c>{"data": {"message": "…"}}</c>: an acknowledgement, such as a migration batch's.</summary>
    Message,

    /// <summary>The body itself, without an envelope.</summary>
    Bare,

    /// <summary>
    /// <c>{"data": …}</c> or the value itself: an answer Masivo documents without the envelope it gives everywhere else
    /// (<c>POST /contacts</c>); the SDK takes either.
    /// </summary>
    DataOrBare,

    /// <summary>No body the caller needs: any 2xx is the answer.</summary>
    None,

    /// <summary>
    /// An acknowledgement Masivo documents without a body (the history migrations' 201): any 2xx is the answer, and
    /// a body, if any, is read for a message wherever it is (<see cref="AcknowledgementReader"/>).
    /// </summary>
    Acknowledgement,
}
