using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Resilience;

/// <summary>Disposing a client lets the calls in flight finish, retries included, before their connections close.</summary>
public sealed class DisposalTests
{
    [Fact]
    public async Task Disposing_waits_for_a_call_in_flight_which_completes_with_its_retry()
    {
        var attempts = 0;
        await using var stub = await KestrelStub.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                // The first attempt stalls past its attempt timeout; the retry is answered.
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"data":[{"id":"c-1"}]}""");
        });
        var client = stub.CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            o.MaxRetries = 1;
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(10);
        });

        var call = client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        await Task.Delay(100);
        await Task.Run(client.Dispose);
        var disposedWhileInFlight = !call.IsCompleted;

        var contacts = await call;

        Assert.Equal("c-1", Assert.Single(contacts).Id);
        Assert.Equal(2, stub.Attempts);
        Assert.False(disposedWhileInFlight, "Dispose returned before the call in flight had finished.");
    }
}
