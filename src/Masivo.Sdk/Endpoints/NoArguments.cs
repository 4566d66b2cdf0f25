namespace Masivo.Sdk.Internal;

/// <summary>The arguments of an endpoint that takes none, such as <c>GET tiers</c>: its public method has only its cancellation token.</summary>
internal sealed class NoArguments
{
    /// <summary>The <see cref="MasivoEndpoint{TApi, TArgs, TResult}.ArgumentName"/> of such an endpoint: the only parameter there is.</summary>
    public const string Name = "cancellationToken";

    public static readonly NoArguments Instance = new();

    private NoArguments()
    {
    }

    /// <summary>Nothing to check.</summary>
    public static void Validate(NoArguments arguments, string paramName)
    {
    }
}
