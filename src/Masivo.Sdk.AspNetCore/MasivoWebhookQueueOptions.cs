namespace Masivo.Sdk;

/// <summary>
/// Options of the in-memory queue behind <c>MapQueuedMasivoWebhooks</c>, registered by
/// <c>AddMasivoWebhookQueue</c>.
/// </summary>
public sealed class MasivoWebhookQueueOptions
{
    /// <summary>Gets or sets how many accepted webhooks may wait for the handler; when it is full, the endpoint answers <c>503</c>.</summary>
    /// <value>Defaults to 1,000; at least 1.</value>
    public int Capacity { get; set; } = 1000;
}
