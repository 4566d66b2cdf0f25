using Masivo.Sdk.Testing;

namespace Masivo.Sdk.ConsumerCheck;

/// <summary>One named check, run against a fake server of its own; it fails by throwing.</summary>
internal sealed record Check(string Name, Func<MasivoFakeServer, Task> Run);

/// <summary>A check's expectation that did not hold; its message says what was expected and what happened.</summary>
internal sealed class CheckFailedException(string message) : Exception(message);
