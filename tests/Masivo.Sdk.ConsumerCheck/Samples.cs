using Masivo.Sdk.Testing;

namespace Masivo.Sdk.ConsumerCheck;

/// <summary>The requests and records the checks send, and client settings that never sleep for long.</summary>
internal static class Samples
{
    /// <summary>A client of the fake in API-key mode: no pacing, near-zero backoff, then <paramref name="configure"/>.</summary>
    public static MasivoClient Client(MasivoFakeServer server, Action<MasivoClientOptions>? configure = null) =>
        server.CreateClient(options =>
        {
            options.MigrationRequestInterval = TimeSpan.Zero;
            options.RetryDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(options);
        });

    public static CreateCustomerRequest Customer(string id) => new()
    {
        Id = id,
        Name = "Ana García",
        Email = $"{id}@example.com",
        RegistrationDate = DateTimeOffset.UtcNow,
    };

    public static IEnumerable<ContactMigrationRecord> Contacts(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => new ContactMigrationRecord
        {
            ExternalId = $"{prefix}-{i}",
            Email = $"{prefix}-{i}@example.com",
            FirstName = "Ana",
            Dob = new DateOnly(1990, 5, 1),
        });

    public static IEnumerable<CustomerMigrationRecord> Customers(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => new CustomerMigrationRecord
        {
            Id = $"{prefix}-{i}",
            Name = "Luis Pérez",
            Email = $"{prefix}-{i}@example.com",
            RegistrationDate = DateTimeOffset.UtcNow,
        });

    /// <summary>The same records as a stream, each one after a yield, as a reader of a file or a database would hand them over.</summary>
    public static async IAsyncEnumerable<T> Streamed<T>(IEnumerable<T> records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }

    /// <summary>Every item of a paged list, fetched page by page as it is enumerated.</summary>
    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
