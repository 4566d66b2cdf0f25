namespace Masivo.Sdk.Internal;

/// <summary>The arguments of a call about one contact: its id, which travels in the path, and what the call sends.</summary>
/// <typeparam name="T">What the call sends.</typeparam>
/// <param name="ContactId">The contact's id, as the caller gave it.</param>
/// <param name="Value">What the call sends, as the caller gave it.</param>
internal readonly record struct ForContact<T>(string ContactId, T Value);
