using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Migrations;

/// <summary>
/// Masivo documents the 201 of <c>customers/migrate/events</c> and <c>customers/migrate/transactions</c> without a body
/// ("Customer events enqueued successfully", no example): any 2xx acknowledges a batch, whatever JSON it carries or
/// none; only a body that is not JSON is an invalid response. The contacts and customers migrations, whose answer the
/// reference shows as <c>{"data": {"message": …}}</c>, still need it.
/// </summary>
public sealed class HistoryMigrationAnswerTests
{
    public static TheoryData<string, string> HistoryAnswers()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "events", "transactions" })
        {
            data.Add(kind, string.Empty);
            data.Add(kind, "   ");
            data.Add(kind, """{"message":"Customer events enqueued successfully"}""");
            data.Add(kind, """{"data":{"message":"Customer events enqueued successfully"}}""");
            data.Add(kind, "\"Customer events enqueued successfully\"");
            data.Add(kind, "{}");
            data.Add(kind, "null");
            data.Add(kind, "[1,2]");
            data.Add(kind, """{"data":42}""");
            data.Add(kind, """{"message":null,"details":"queued"}""");
        }

        return data;
    }

    private static Task<MigrationResult> MigrateAsync(MasivoClient client, string kind) => kind == "events"
        ? Result(client.Customers.MigrateEventsAsync([CustomerEvents.Customer(0, 1), CustomerEvents.Customer(1, 1)], new MigrationOptions { BatchSize = 1 }))
        : Result(client.Customers.MigrateTransactionsAsync(
            Enumerable.Range(0, 2).Select(i => new CustomerTransactionsMigrationRecord
            {
                Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Transactions = [new MigratedTransaction { Type = TransactionType.Migration, Amount = 100m, RewardId = "points", IssuedAt = CustomerEvents.Event().IssuedAt, ResolvedAt = CustomerEvents.Event().ResolvedAt }],
            }).ToList(),
            new MigrationOptions { BatchSize = 1 }));

    private static async Task<MigrationResult> Result<T>(Task<MigrationResult<T>> migration) => await migration;

    [Theory]
    [MemberData(nameof(HistoryAnswers))]
    public async Task A_history_batch_is_acknowledged_by_any_2xx_whatever_json_it_carries_or_none(string kind, string body)
    {
        using var masivo = new WireMockMasivo();
        masivo.Respond("POST", $"/customers/migrate/{kind}", 201, body);

        var result = await MigrateAsync(masivo.Client, kind);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, result.SucceededRecords);
        Assert.Equal(2, masivo.Requests.Count);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("transactions")]
    public async Task A_history_batch_answered_with_a_body_that_is_not_json_is_an_invalid_response(string kind)
    {
        using var masivo = new WireMockMasivo();
        masivo.Respond("POST", $"/customers/migrate/{kind}", 201, "<html>ok</html>");

        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => MigrateAsync(masivo.Client, kind));

        var invalid = Assert.IsType<MasivoInvalidResponseException>(stopped.InnerException);
        Assert.Contains("not JSON", invalid.Message, StringComparison.Ordinal);
        Assert.Single(masivo.Requests);
    }

    [Fact]
    public async Task A_customers_batch_still_needs_the_documented_data_envelope()
    {
        using var masivo = new WireMockMasivo();
        masivo.Respond("POST", "/customers/migrate", 201, """{"message":"Customers batch enqueued successfully"}""");

        var stopped = await Assert.ThrowsAsync<MasivoMigrationException>(() => masivo.Client.Customers.MigrateAsync([new CustomerMigrationRecord { Id = "c-1" }]));

        Assert.IsType<MasivoInvalidResponseException>(stopped.InnerException);
    }
}
