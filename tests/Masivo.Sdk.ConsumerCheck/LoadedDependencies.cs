using System.Reflection;

namespace Masivo.Sdk.ConsumerCheck;

/// <summary>Says which versions of the SDK's dependencies this process actually loaded, and from where.</summary>
internal static class LoadedDependencies
{
    private static readonly string[] Watched =
    [
        "Masivo.Sdk", "Masivo.Sdk.Testing", "Masivo.Sdk.AspNetCore", "Polly.Core", "Polly.Extensions", "Polly.RateLimiting", "Refit",
        "Microsoft.Extensions.Http.Resilience", "Microsoft.Extensions.Http", "Microsoft.Extensions.DependencyInjection",
    ];

    public static string Describe()
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => (Assembly: a, a.GetName().Name))
            .Where(a => Watched.Contains(a.Name))
            .OrderBy(a => Array.IndexOf(Watched, a.Name))
            .Select(a =>
            {
                var version = a.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
                    ?? a.Assembly.GetName().Version?.ToString();
                var from = a.Assembly.Location.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal) ? "app folder" : "shared framework";
                return $"{a.Name} {version} ({from})";
            });
        return string.Join(", ", loaded);
    }
}
