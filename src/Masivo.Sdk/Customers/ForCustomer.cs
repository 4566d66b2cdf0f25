namespace Masivo.Sdk.Internal;

/// <summary>The arguments of a call about one customer: its id, which travels in the path, and what the call sends.</summary>
/// <typeparam name="T">What the call sends: a request, a query or tag names.</typeparam>
/// <param name="CustomerId">The customer's id, as the caller gave it.</param>
/// <param name="Value">What the call sends, as the caller gave it.</param>
internal readonly record struct ForCustomer<T>(string CustomerId, T Value);
