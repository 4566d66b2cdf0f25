namespace Masivo.Sdk.Internal;

/// <summary>What the customer endpoints tell a caller about the statuses they share.</summary>
internal static class CustomerAdvice
{
    public const string NoSuchCustomer = "No customer is registered with this id.";

    /// <summary>Gets the advice of an endpoint about one customer that says only what a 404 means.</summary>
    public static IReadOnlyDictionary<int, string> NotFound { get; } = new Dictionary<int, string> { [404] = NoSuchCustomer };
}
