namespace Masivo.Sdk.Http;

/// <summary>What the resource clients of one configured client share besides their Refit interface.</summary>
internal sealed class MasivoClientContext(MasivoClientOptions options, TimeProvider timeProvider)
{
    public MasivoClientOptions Options { get; } = options;

    public TimeProvider TimeProvider { get; } = timeProvider;
}
