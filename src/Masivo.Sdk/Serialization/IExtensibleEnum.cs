namespace Masivo.Sdk;

/// <summary>
/// A string value with well-known values that the server may extend at any time, such as
/// <see cref="CustomerStatus"/> or <see cref="RewardType"/>. Unknown values are kept, never rejected.
/// Two values are equal when their wire values are, compared ordinally (case-sensitive); <c>ToString()</c>
/// returns the wire value, and the empty string for a <c>default</c> instance, which holds none.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IExtensibleEnum<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    string Value { get; }

    /// <summary>Creates an instance from a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    static abstract TSelf FromValue(string value);
}
