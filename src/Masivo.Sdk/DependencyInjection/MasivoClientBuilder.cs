using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Internal;

/// <summary>The builder <c>AddMasivoClient</c> returns: a client's name and the collection it is registered in.</summary>
internal sealed class MasivoClientBuilder(string name, IServiceCollection services) : IMasivoClientBuilder
{
    public string Name { get; } = name;

    public IServiceCollection Services { get; } = services;
}
