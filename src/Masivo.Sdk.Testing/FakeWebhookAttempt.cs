namespace Masivo.Sdk.Testing;

/// <summary>
/// One attempt of the fake server to deliver a webhook (see <see cref="MasivoFakeServer.WebhookAttempts"/>): the first
/// delivery or a redelivery after a failed one, as Masivo redelivers.
/// </summary>
/// <example>
/// <code>
/// FakeWebhookAttempt first = server.WebhookAttempts[0];
/// Assert.False(first.Succeeded);                 // the handler threw, or the endpoint answered 500
/// Assert.Equal(2, server.WebhookAttempts[1].Number);
/// </code>
/// </example>
public sealed class FakeWebhookAttempt
{
    internal FakeWebhookAttempt(MasivoWebhookEvent webhook, int number, int? statusCode, string? failure, DateTimeOffset completedAt, DateTimeOffset? nextAttemptAt)
    {
        Webhook = webhook;
        Number = number;
        StatusCode = statusCode;
        Failure = failure;
        CompletedAt = completedAt;
        NextAttemptAt = nextAttemptAt;
    }

    /// <summary>Gets the webhook delivered: the same event, with the same body, on every attempt.</summary>
    public MasivoWebhookEvent Webhook { get; }

    /// <summary>Gets the attempt's number: 1 for the first delivery, 2 for the first redelivery, and so on.</summary>
    public int Number { get; }

    /// <summary>Gets a value indicating whether the attempt succeeded: the callback returned and the URL (if set) answered 2xx.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>
    /// Gets the status code <see cref="MasivoFakeServerOptions.WebhookUrl"/> answered, or <see langword="null"/> when the
    /// webhook was not posted (no URL, or the callback failed first) or no answer came (a timeout, a refused connection).
    /// </summary>
    public int? StatusCode { get; }

    /// <summary>Gets why the attempt failed (the callback's exception, the URL's status code, a timeout), or <see langword="null"/> when it succeeded.</summary>
    public string? Failure { get; }

    /// <summary>Gets when the attempt ended, on the server's <see cref="MasivoFakeServerOptions.TimeProvider"/>.</summary>
    public DateTimeOffset CompletedAt { get; }

    /// <summary>
    /// Gets when the webhook is delivered again, on the server's clock, after this failed attempt; <see langword="null"/>
    /// when the attempt succeeded or was the last one (<see cref="MasivoFakeServerOptions.WebhookMaxAttempts"/>).
    /// </summary>
    public DateTimeOffset? NextAttemptAt { get; }

    /// <summary>Describes the attempt for test output: the event, the attempt's number and its outcome.</summary>
    /// <returns>Such as <c>CUSTOMER_REGISTRATION attempt 1: http://127.0.0.1:5000/hooks answered 500</c>.</returns>
    public override string ToString() => $"{Webhook.Event} attempt {Number}: {Failure ?? "delivered"}";
}
