namespace Masivo.Sdk.Internal;

/// <summary>Whether an endpoint may be sent again after a failure that may hide a success (a 5xx, a timeout, a dropped connection).</summary>
internal enum RetrySafety
{
    /// <summary>A read, or an absolute update or upsert (a contacts or customers migration batch): repeating it cannot do harm.</summary>
    Repeatable,

    /// <summary>
    /// A create, a redeem, an event, a customers' history migration batch (events and transactions add up, so one
    /// processed twice is migrated twice), or anything that uses something up (verifying a one-time code, even with a
    /// GET): repeated only when Masivo certainly did not process it (a 429, or no connection made).
    /// </summary>
    OnlyIfNotProcessed,
}
