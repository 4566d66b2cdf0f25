using Microsoft.Extensions.Options;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Checks the <c>[Range]</c> declared on each <see cref="MasivoClientOptions"/> property; generated at
/// build time, so it needs no reflection and is trim and AOT safe.
/// </summary>
[OptionsValidator]
internal sealed partial class MasivoClientOptionsBoundsValidator : IValidateOptions<MasivoClientOptions>
{
    public static readonly MasivoClientOptionsBoundsValidator Instance = new();
}
