using System.Text.Json;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

public sealed class MigrationWireTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    // Both migrations' documented requests (method, path, headers, the seed body to the field, the client's
    // x-timezone) and every fault: their rows of the endpoint table (EndpointWireTests, FaultMatrixTests).
    // Here: batching, validation and what only a migration does.
    [Fact]
    public async Task A_contact_migration_sends_the_time_zone_of_its_options()
    {
        _masivo.Respond("POST", "/contacts/migrate", 200, Seed.Text("contacts-migrate.response.json"));

        await _masivo.Client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "1" }], new MigrationOptions { TimeZone = "America/New_York" });

        Assert.Equal("America/New_York", WireMockMasivo.Header(Assert.Single(_masivo.Requests), "x-timezone"));
    }

    [Fact]
    public async Task Each_batch_keeps_the_message_Masivo_acknowledged_it_with()
    {
        _masivo.Respond("POST", "/contacts/migrate", 200, Seed.Text("contacts-migrate.response.json"));
        _masivo.Respond("POST", "/customers/migrate", 200, Seed.Text("customers-migrate.response.json"));

        var contacts = await _masivo.Client.Contacts.MigrateAsync([new ContactMigrationRecord { ExternalId = "1" }]);
        var customers = await _masivo.Client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "1" }]);

        Assert.True(contacts.IsSuccess);
        Assert.Equal("Contacts batch enqueued successfully", Assert.Single(contacts.Batches).Message);
        Assert.Equal("Customers batch enqueued successfully", Assert.Single(customers.Batches).Message);
    }

    [Fact]
    public void The_documented_customer_record_reads_into_typed_values()
    {
        var batch = JsonSerializer.Deserialize(Seed.Text("customers-migrate.request.json"), MasivoJsonContext.Default.CustomerMigrationBatch)!;

        var customer = Assert.Single(batch.Customers);
        Assert.Equal(DevicePlatform.Ios, customer.Devices![0].DeviceInfo!.Platform);
        Assert.Equal(123m, customer.Metrics!.LastSemester!.SpendTotal);
    }

    [Fact]
    public async Task Customer_migration_error_carries_the_server_error()
    {
        _masivo.Respond("POST", "/customers/migrate", 422, Seed.Text("customers-migrate.error.json"));

        var error = await Assert.ThrowsAsync<MasivoMigrationException>(
            () => _masivo.Client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "1" }]));

        var api = Assert.IsType<MasivoApiException>(error.InnerException);
        Assert.Equal(422, api.StatusCode);
        Assert.Equal("<string>", api.Error);
        var result = Assert.IsType<MigrationResult<CustomerMigrationRecord>>(error.Result);
        Assert.Equal("1", Assert.Single(result.FailedBatches[0].Records!).Id);
        Assert.Equal(0, result.NextRecordIndex);
    }

    [Fact]
    public async Task Contacts_are_split_into_batches_of_at_most_ten_thousand_in_order()
    {
        _masivo.Respond("POST", "/contacts/migrate", 200, Seed.Text("contacts-migrate.response.json"));
        var contacts = Enumerable.Range(0, 25_001).Select(i => new ContactMigrationRecord { ExternalId = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var result = await _masivo.Client.Contacts.MigrateAsync(contacts);

        var sent = _masivo.Requests.Select(r => WireMockMasivo.BodyOf(r)!["contacts"]!.AsArray()).ToList();
        Assert.Equal([10_000, 10_000, 5_001], sent.Select(b => b.Count));
        Assert.Equal(
            Enumerable.Range(0, 25_001).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            sent.SelectMany(b => b).Select(c => c!["external_id"]!.GetValue<string>()));
        Assert.Equal(25_001, result.TotalRecords);
        Assert.Equal(25_001, result.SucceededRecords);
        Assert.Equal(25_001, result.NextRecordIndex);
        Assert.Equal([0, 10_000, 20_000], result.Batches.Select(b => b.FirstRecordIndex));
    }

    [Fact]
    public async Task Customers_default_to_batches_of_one_thousand()
    {
        _masivo.Respond("POST", "/customers/migrate", 200, """{"data":{"message":"Customers batch enqueued successfully"}}""");
        var customers = Enumerable.Range(0, 2_500).Select(i => new CustomerMigrationRecord { Id = "c" + i });

        var result = await _masivo.Client.Customers.MigrateAsync(customers);

        Assert.Equal([1_000, 1_000, 500], _masivo.Requests.Select(r => WireMockMasivo.BodyOf(r)!["customers"]!.AsArray().Count));
        Assert.Equal(2_500, result.SucceededRecords);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    [InlineData(-5)]
    public async Task A_batch_size_outside_one_to_ten_thousand_is_refused_before_reading(int batchSize)
    {
        var read = false;
        IEnumerable<ContactMigrationRecord> Source()
        {
            read = true;
            yield return new ContactMigrationRecord();
        }

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => _masivo.Client.Contacts.MigrateAsync(Source(), new MigrationOptions { BatchSize = batchSize }));

        Assert.Contains("BatchSize", error.Message, StringComparison.Ordinal);
        Assert.False(read);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData("TYPE", null, "document_number")]
    [InlineData(null, "123", "document_type")]
    public async Task A_customer_with_half_a_document_is_refused_before_sending(string? type, string? number, string missing)
    {
        var customers = new[] { new CustomerMigrationRecord { Id = "ok" }, new CustomerMigrationRecord { Id = "bad", DocumentType = type, DocumentNumber = number } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateAsync(customers));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("customers[1]", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData(51, 10, "document_number")]
    [InlineData(10, 101, "country")]
    public async Task Customer_fields_over_their_documented_length_are_refused_before_sending(int documentLength, int countryLength, string field)
    {
        var customer = new CustomerMigrationRecord
        {
            Id = "1",
            DocumentType = "DNI",
            DocumentNumber = new string('9', documentLength),
            Country = new string('M', countryLength),
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _masivo.Client.Customers.MigrateAsync([customer]));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task A_time_zone_on_a_customer_migration_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => _masivo.Client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "1" }], new MigrationOptions { TimeZone = "UTC" }));
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("Pacific Standard Time")] // a Windows id .NET would convert on some machines: Masivo takes IANA ids
    [InlineData("localtime")] // files of the tz database, not zones
    [InlineData("posixrules")]
    [InlineData("right/UTC")]
    [InlineData("America//New_York")]
    [InlineData("America/New_York\r\nX-Injected: yes")]
    public async Task An_unknown_or_non_IANA_time_zone_is_refused(string timeZone)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _masivo.Client.Contacts.MigrateAsync([new ContactMigrationRecord()], new MigrationOptions { TimeZone = timeZone }));
        Assert.Contains(timeZone, error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Fact]
    public async Task An_empty_source_sends_nothing()
    {
        var result = await _masivo.Client.Contacts.MigrateAsync([]);

        Assert.Empty(_masivo.Requests);
        Assert.Equal(0, result.TotalRecords);
        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Null_sources_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _masivo.Client.Contacts.MigrateAsync((IEnumerable<ContactMigrationRecord>)null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _masivo.Client.Customers.MigrateAsync((IAsyncEnumerable<CustomerMigrationRecord>)null!));
    }
}
