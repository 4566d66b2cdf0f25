using System.Reflection;
using Masivo.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>A new resource is a property on <see cref="MasivoClient"/> and its row in <see cref="MasivoClient.Resources"/>, beside it.</summary>
public sealed class ResourceListTests
{
    [Fact]
    public void Every_resource_property_of_MasivoClient_is_in_its_resource_list()
    {
        var properties = typeof(MasivoClient).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.Name.EndsWith("Client", StringComparison.Ordinal))
            .Select(p => p.PropertyType)
            .ToList();
        var listed = MasivoClient.Resources.Select(r => r.ClientType).ToList();

        var missing = properties.Except(listed).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, $"Add a row for {string.Join(", ", missing)} to MasivoClient.Resources (src/Masivo.Sdk/Client/MasivoClient.cs), so AddMasivoClient registers it.");
        Assert.Equal(properties.Count, listed.Distinct().Count());
    }

    [Fact]
    public void Each_row_gets_the_property_it_names_and_the_container_serves_the_same_instance()
    {
        var services = new ServiceCollection();
        services.AddMasivoClient(o => o.AccessToken = "t");
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<MasivoClient>();

        foreach (var resource in MasivoClient.Resources)
        {
            var fromProperty = typeof(MasivoClient).GetProperties().Single(p => p.PropertyType == resource.ClientType).GetValue(client);
            Assert.Same(fromProperty, resource.Of(client));
            Assert.Same(fromProperty, provider.GetService(resource.ClientType));
        }
    }
}
