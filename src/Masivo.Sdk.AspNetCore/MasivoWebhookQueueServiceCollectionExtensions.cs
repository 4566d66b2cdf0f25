using Masivo.Sdk;
using Masivo.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the queue behind <c>MapQueuedMasivoWebhooks</c>.</summary>
public static class MasivoWebhookQueueServiceCollectionExtensions
{
    /// <summary>
    /// Registers a bounded in-memory queue of Masivo webhooks and the hosted service that hands them, one at a time and in
    /// the order accepted, to the handlers of endpoints mapped with <c>MapQueuedMasivoWebhooks</c>. Calling it again
    /// only adds <paramref name="configure"/>.
    /// </summary>
    /// <remarks>
    /// On shutdown the queue refuses new webhooks (<c>503</c>, so Masivo delivers them again) and handles those it holds
    /// until the host's shutdown timeout (<c>HostOptions.ShutdownTimeout</c>); webhooks still queued then, and any
    /// accepted when the process ends abruptly, are lost, as Masivo was answered <c>202</c>.
    /// </remarks>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options, such as <see cref="MasivoWebhookQueueOptions.Capacity"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddMasivoWebhookQueue(this IServiceCollection services, Action<MasivoWebhookQueueOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MasivoWebhookQueueOptions>()
            .Validate(o => o.Capacity >= 1, "MasivoWebhookQueueOptions.Capacity must be at least 1.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<WebhookQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebhookQueue>(provider => provider.GetRequiredService<WebhookQueue>()));
        return services;
    }
}
