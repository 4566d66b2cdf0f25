using System.Net;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Resilience;

/// <summary>
/// Every operation against every fault, on a real loopback server: the first attempt meets the fault,
/// later attempts succeed. Each case asserts how many requests reached the server and exactly what
/// the caller got. Creates and redeems are never sent twice unless Masivo certainly did not process them.
/// </summary>
public sealed class FaultMatrixTests
{
    public enum Operation
    {
        SearchContacts,
        CreateCustomer,
        RedeemCoupon,
        MigrateContacts,
        MigrateCustomers,
    }

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

    public static TheoryData<Operation, Fault> Matrix()
    {
        var data = new TheoryData<Operation, Fault>();
        foreach (var operation in Enum.GetValues<Operation>())
        {
            foreach (var fault in Enum.GetValues<Fault>())
            {
                data.Add(operation, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_operation_meets_each_fault_as_designed(Operation operation, Fault fault)
    {
        var attempts = 0;
        await using var stub = await KestrelStub.StartAsync(context =>
            Interlocked.Increment(ref attempts) == 1 ? Inject(fault, context) : Succeed(operation, context));
        using var client = stub.CreateClient(o =>
        {
            o.AttemptTimeout = fault == Fault.StallPastAttemptTimeout ? StallAttemptTimeout : AttemptTimeout;
            o.TotalTimeout = TimeSpan.FromSeconds(60);
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(60);
            o.MaxRetries = 2;
            o.MigrationRequestInterval = TimeSpan.Zero;
        });

        var expected = Expected(operation, fault);
        var error = await Record.ExceptionAsync(() => Call(client, operation));

        if (expected.Error is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.NotNull(error);
            var cause = error;
            if (operation is Operation.MigrateContacts or Operation.MigrateCustomers)
            {
                var migration = Assert.IsType<MasivoMigrationException>(error);
                Assert.Equal(1, migration.Result.FailedRecords);
                Assert.Equal(0, migration.Result.NextRecordIndex);
                cause = migration.InnerException;
            }

            Assert.IsType(expected.Error, cause);
            if (expected.Status is { } status)
            {
                Assert.Equal(status, ((MasivoApiException)cause!).StatusCode);
            }

            if (cause is MasivoConnectionException connection)
            {
                Assert.True(connection.RequestMayHaveBeenSent);
            }

            if (cause is MasivoTimeoutException or MasivoConnectionException)
            {
                Assert.NotNull(cause.InnerException);
            }

            Assert.DoesNotMatch("Refit|Polly", cause!.GetType().FullName!);
        }

        Assert.Equal(expected.Requests, Volatile.Read(ref attempts));
    }

    private sealed record Expectation(int Requests, Type? Error = null, int? Status = null);

    private static Expectation Expected(Operation operation, Fault fault)
    {
        var mayRepeat = operation is Operation.SearchContacts or Operation.MigrateContacts or Operation.MigrateCustomers;
        return fault switch
        {
            // Masivo certainly did not process a 429: every operation waits and sends again.
            Fault.Status429WithRetryAfter => new(2),

            // A success whose body cannot be read is not retried: the call was processed.
            Fault.EmptyBody or Fault.MalformedJson or Fault.UnexpectedShape => new(1, typeof(MasivoInvalidResponseException)),

            _ when mayRepeat => new(2),
            Fault.DroppedConnection => new(1, typeof(MasivoConnectionException)),
            Fault.StallPastAttemptTimeout => new(1, typeof(MasivoTimeoutException)),
            _ => new(1, typeof(MasivoApiException), StatusOf(fault)),
        };
    }

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
                await ReadBody(context);
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
                await Write(context, 200, """{"data": {"message": "Contacts batch""");
                return;
            case Fault.UnexpectedShape:
                await Write(context, 200, """{"data": 42}""");
                return;
            case Fault.Status429WithRetryAfter:
                context.Response.Headers.RetryAfter = "1";
                await Write(context, 429, """{"error":"Too Many Requests","details":"Rate limit exceeded"}""");
                return;
            default:
                await Write(context, StatusOf(fault), """{"error":"Server error","details":"try again"}""");
                return;
        }
    }

    private static Task Succeed(Operation operation, HttpContext context) => operation switch
    {
        Operation.SearchContacts => Write(context, 200, """{"data":[]}"""),
        Operation.CreateCustomer => Write(context, 200, Seed.Text("customers-create.response.json")),
        Operation.RedeemCoupon => Write(context, 200, Seed.Text("coupons-redeem.response.json")),
        _ => Write(context, 200, """{"data":{"message":"Batch enqueued successfully"}}"""),
    };

    private static async Task ReadBody(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        await reader.ReadToEndAsync();
    }

    private static async Task Write(HttpContext context, int status, string body)
    {
        await ReadBody(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    private static Task Call(MasivoClient client, Operation operation) => operation switch
    {
        Operation.SearchContacts => client.Contacts.SearchAsync(new ContactSearchQuery { Email = "ana@example.com" }),
        Operation.CreateCustomer => client.Customers.CreateAsync(new CreateCustomerRequest
        {
            Id = "customer-42",
            Name = "Ana",
            Email = "ana@example.com",
            RegistrationDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        }),
        Operation.RedeemCoupon => client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "customer-42", Code = "WELCOME10" }),
        Operation.MigrateContacts => client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "c-1", Email = "ana@example.com" }]),
        _ => client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "customer-42", Name = "Ana", Email = "ana@example.com" }]),
    };
}
