namespace Masivo.Sdk.Internal;

/// <summary>Explains the failure of a mock whose method was not set up, instead of a NullReferenceException.</summary>
internal static class MockingGuard
{
    public static InvalidOperationException NotConfigured(string clientName) => new(
        $"This {clientName} was created with its protected constructor (for mocking) and has no connection to Masivo: set up the member you called on your mock, or get the client from a MasivoClient.");
}
