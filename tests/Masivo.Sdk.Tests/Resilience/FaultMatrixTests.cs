using System.Text.Json;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Endpoints;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Resilience;

/// <summary>
/// Every endpoint of the endpoint table against every fault, on a real loopback server: the endpoint's
/// first request meets the fault, later ones get the row's documented answer. What the caller gets and
/// how many requests reached the endpoint follow from the descriptor alone: a repeatable endpoint is sent
/// again after any transient failure; any other is never sent twice once Masivo may have processed it;
/// a 429 is always waited out and sent again; a success whose body cannot be read is not repeated.
/// </summary>
public sealed class FaultMatrixTests
{
    public enum Fault
    {
        Status500,
        Status502,
        Status503,
        Status504,
        Status408,
        Status429WithRetryAfter,
        DroppedConnection,
        StallPastAttemptTimeout,
        EmptyBody,
        MalformedJson,
        UnexpectedShape,
    }

    // A stall must outlast the attempt timeout, so stall cases use a short one; every other case a long
    // one, so a cold first request on a busy 2-core machine is never mistaken for a stall.
    private static readonly TimeSpan StallAttemptTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);

    public static TheoryData<string, Fault> Matrix()
    {
        var data = new TheoryData<string, Fault>();
        foreach (var row in EndpointCases.All)
        {
            foreach (var fault in Enum.GetValues<Fault>())
            {
                data.Add(row.Name, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_endpoint_meets_each_fault_as_its_retry_safety_says(string endpoint, Fault fault)
    {
        var row = EndpointCases.Named(endpoint);
        var faulted = 0;
        await using var server = await EndpointServer.StartAsync((request, context) =>
            request.Sends == row.Sends && Interlocked.Increment(ref faulted) == 1 ? Inject(fault, context) : null);
        var client = server.CreateClient(row, o =>
        {
            o.AttemptTimeout = fault == Fault.StallPastAttemptTimeout ? StallAttemptTimeout : AttemptTimeout;
            o.TotalTimeout = TimeSpan.FromSeconds(60);
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(60);
            o.MaxRetries = 2;
        });

        var expected = Expected(row.Endpoint, fault);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Record.ExceptionAsync(() => row.Call(client, CancellationToken.None));
        var elapsed = clock.Elapsed;

        if (expected.Error is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.NotNull(error);
            var cause = error;
            if (row.Endpoint.IsMigration)
            {
                var migration = Assert.IsType<MasivoMigrationException>(error);
                Assert.Equal(migration.Result.TotalRecords, migration.Result.FailedRecords);
                Assert.Equal(0, migration.Result.NextRecordIndex);
                cause = migration.InnerException;
            }

            var failure = Assert.IsAssignableFrom<MasivoException>(cause);
            Assert.IsType(expected.Error, failure);
            Assert.Equal(row.Name, failure.Operation);
            Assert.DoesNotMatch("Refit|Polly", failure.GetType().FullName!);
            if (expected.Status is { } status)
            {
                Assert.Equal(status, ((MasivoApiException)failure).StatusCode);
            }

            if (failure is MasivoConnectionException connection)
            {
                Assert.True(connection.RequestMayHaveBeenSent);
            }

            if (failure is MasivoTimeoutException or MasivoConnectionException)
            {
                Assert.NotNull(failure.InnerException);
            }

            if (failure is MasivoInvalidResponseException invalid)
            {
                Assert.Equal(200, invalid.StatusCode);
            }

            if (fault == Fault.MalformedJson)
            {
                Assert.IsAssignableFrom<JsonException>(failure.InnerException);
            }

            if (expected.MayHaveBeenProcessed)
            {
                Assert.Contains("check before repeating", failure.Message, StringComparison.Ordinal);

                // A migration that is not an upsert says so too, with where to resume once the batch is checked.
                if (row.Endpoint.IsMigration)
                {
                    Assert.Contains("Masivo may have processed batch 0, and this migration is not an upsert", error.Message, StringComparison.Ordinal);
                }
            }
        }

        Assert.Equal(expected.Requests, server.CountOf(row));
        if (fault == Fault.Status429WithRetryAfter)
        {
            Assert.True(elapsed >= TimeSpan.FromSeconds(0.9), $"{row.Name} sent again after {elapsed.TotalMilliseconds:0} ms: a 429's Retry-After of 1 s must be waited out.");
        }
    }

    /// <param name="Requests">How many requests reach the endpoint.</param>
    /// <param name="Error">The exception the caller gets (for a migration, the failed batch's), if any.</param>
    /// <param name="Status">The status of a <see cref="MasivoApiException"/>.</param>
    /// <param name="MayHaveBeenProcessed">The message must tell the caller to check before repeating the call.</param>
    private sealed record Expectation(int Requests, Type? Error = null, int? Status = null, bool MayHaveBeenProcessed = false);

    private static Expectation Expected(MasivoEndpoint endpoint, Fault fault) => fault switch
    {
        // Masivo certainly did not process a 429: every endpoint waits and sends again.
        Fault.Status429WithRetryAfter => new(2),

        // An endpoint whose 2xx is the whole answer reads no body: any success is one.
        Fault.EmptyBody or Fault.MalformedJson or Fault.UnexpectedShape when endpoint.Shape == ResponseShape.None => new(1),

        // An acknowledgement documented without a body takes any 2xx that carries JSON, or nothing.
        Fault.EmptyBody or Fault.UnexpectedShape when endpoint.Shape == ResponseShape.Acknowledgement => new(1),

        // A success whose body cannot be read is not repeated: the call was processed.
        Fault.EmptyBody or Fault.MalformedJson or Fault.UnexpectedShape => new(1, typeof(MasivoInvalidResponseException)),

        // Anything else is transient: repeated when repeating cannot do harm.
        _ when endpoint.IsIdempotent => new(2),

        // Otherwise Masivo may have processed the request: it is never sent again, and the caller is told so.
        Fault.DroppedConnection => new(1, typeof(MasivoConnectionException), MayHaveBeenProcessed: true),
        Fault.StallPastAttemptTimeout => new(1, typeof(MasivoTimeoutException), MayHaveBeenProcessed: true),
        _ => new(1, typeof(MasivoApiException), StatusOf(fault), MayHaveBeenProcessed: true),
    };

    private static int StatusOf(Fault fault) => fault switch
    {
        Fault.Status500 => 500,
        Fault.Status502 => 502,
        Fault.Status503 => 503,
        Fault.Status504 => 504,
        Fault.Status408 => 408,
        Fault.Status429WithRetryAfter => 429,
        _ => 200,
    };

    private static async Task Inject(Fault fault, HttpContext context)
    {
        switch (fault)
        {
            case Fault.DroppedConnection:
                context.Abort();
                return;
            case Fault.StallPastAttemptTimeout:
                await Task.Delay(StallAttemptTimeout * 10, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case Fault.EmptyBody:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                return;
            case Fault.MalformedJson:
                await EndpointServer.Write(context, 200, """{"data": {"message": "Contacts batch""");
                return;
            case Fault.UnexpectedShape:
                await EndpointServer.Write(context, 200, """{"data": 42}""");
                return;
            case Fault.Status429WithRetryAfter:
                context.Response.Headers.RetryAfter = "1";
                await EndpointServer.Write(context, 429, """{"error":"Too Many Requests","details":"Rate limit exceeded"}""");
                return;
            default:
                await EndpointServer.Write(context, StatusOf(fault), """{"error":"Server error","details":"try again"}""");
                return;
        }
    }
}
