using System.Collections;
using System.Reflection;
using System.Text.Json;
using Masivo.Samples.Migration;
using Masivo.Sdk;
using Masivo.Sdk.Testing;

namespace Masivo.Samples.Tests;

/// <summary>
/// The tool's first pass cannot fall behind the SDK's checks: every field of a valid record of each kind the SDK
/// checks (customers, customers' events and transactions), down to its events, transactions and their nested
/// objects, is set in turn to each of a set of hostile values (null, blank, <c>.</c>, a control character, a lone
/// surrogate, over-long text, a list empty, holding a null or over 1,000 items). Whenever the SDK refuses the record,
/// the tool must reject it in the first pass, or the record would stop the migration mid-stream. A rule added to the
/// SDK's Validate methods makes this test fail until the tool applies it too.
/// </summary>
public sealed class MigrationSdkRulesTests : IAsyncLifetime
{
    private const string Customer = """
        {"id":"c-1","name":"Ana","email":"ana@example.com","registration_date":"2024-01-01T00:00:00Z","document_type":"CC","document_number":"1","country":"CO",
         "balance":[{"reward_id":"points","amount":10,"brand_id":"b-1","channel_id":"ch-1","store_id":"s-1","funded_by":"MARKETING","issued_at":"2024-01-01T00:00:00Z"}]}
        """;

    private const string Order = """{"purchase_id":"o-1","value":10,"discounted_value":9,"channel_id":"ch-1","store_id":"s-1","brand_id":"b-1"}""";

    private const string Events = $$$"""
        {"id":"c-1","events":[{"type":"PURCHASE","brand_id":"b-1","channel_id":"ch-1","store_id":"s-1","order":{{{Order}}},"fulfilled":true,"issued_at":"2024-01-02T03:04:05Z","resolved_at":"2024-01-02T03:04:05Z"}]}
        """;

    private const string Transactions = $$$"""
        {"id":"c-1","transactions":[{"type":"ACCUMULATION","brand_id":"b-1","reward_id":"points","details":"#1","amount":10,"cost":1,"store_id":"s-1","channel_id":"ch-1","funded_by":"MARKETING",
         "issued_at":"2024-01-02T03:04:05Z","resolved_at":"2024-01-02T03:04:05Z","event":{"type":"PURCHASE","order":{{{Order}}}}}]}
        """;

    private MasivoFakeServer _fake = null!;

    public async Task InitializeAsync() => _fake = await MasivoFakeServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public Task Every_customer_the_SDK_refuses_is_rejected_by_the_first_pass() =>
        AssertFirstPassRejectsWhatTheSdkRefusesAsync<CustomerMigrationRecord>(Customer, (client, record) => client.Customers.MigrateAsync([record]));

    [Fact]
    public Task Every_customer_s_events_the_SDK_refuses_are_rejected_by_the_first_pass() =>
        AssertFirstPassRejectsWhatTheSdkRefusesAsync<CustomerEventsMigrationRecord>(Events, (client, record) => client.Customers.MigrateEventsAsync([record]));

    [Fact]
    public Task Every_customer_s_transactions_the_SDK_refuses_are_rejected_by_the_first_pass() =>
        AssertFirstPassRejectsWhatTheSdkRefusesAsync<CustomerTransactionsMigrationRecord>(Transactions, (client, record) => client.Customers.MigrateTransactionsAsync([record]));

    private async Task AssertFirstPassRejectsWhatTheSdkRefusesAsync<T>(string valid, Func<MasivoClient, T, Task> migrate)
        where T : class
    {
        using var client = _fake.CreateClient();
        T Valid() => JsonSerializer.Deserialize<T>(valid, RecordFile.Json)!;
        Assert.Null(RecordRules.Check(Valid()));
        Assert.False(await RefusesAsync(() => migrate(client, Valid())), "the SDK refuses the valid record itself");

        var refused = 0;
        var missed = new List<string>();
        foreach (var mutation in RecordMutations.Of(Valid()))
        {
            var record = Valid();
            mutation.Apply(record);
            if (!await RefusesAsync(() => migrate(client, record)))
            {
                continue;
            }

            refused++;
            if (RecordRules.Check(record) is null)
            {
                missed.Add(mutation.Description);
            }
        }

        Assert.True(missed.Count == 0, "The SDK refuses these records, which the first pass lets through:\n" + string.Join('\n', missed));

        // Not vacuous: the mutations do reach the SDK's rules.
        Assert.True(refused >= 3, $"only {refused} mutations were refused by the SDK");
    }

    /// <summary>Whether the SDK refuses the record before sending anything (an argument error naming the records, not the options).</summary>
    private static async Task<bool> RefusesAsync(Func<Task> migrate)
    {
        try
        {
            await migrate();
            return false;
        }
        catch (ArgumentException error) when (error.ParamName != "options")
        {
            return true;
        }
        catch (MasivoException)
        {
            // Sent, and answered by the fake: not a refusal of the SDK's.
            return false;
        }
    }
}

/// <summary>One change to a record: a field set to a hostile value, at a path such as <c>Transactions[0].Type</c>.</summary>
internal sealed record RecordMutation(string Description, Action<object> Apply);

/// <summary>
/// The hostile changes of a record: each public settable property of the record and, recursively, of the SDK
/// models it holds (the first item of each list), set in turn to each hostile value of its type.
/// </summary>
internal static class RecordMutations
{
    private const int MaxDepth = 4;

    private static readonly string[] HostileTexts =
    [
        string.Empty, " ", ".", "..", "a\u0007b", "a\ud800b", "\udc00", new string('x', 51), new string('x', 101), new string('x', 1_025),
    ];

    public static IEnumerable<RecordMutation> Of(object sample) => Of(sample, "record", static root => root, 0);

    private static IEnumerable<RecordMutation> Of(object sample, string path, Func<object, object> owner, int depth)
    {
        foreach (var property in sample.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var at = $"{path}.{property.Name}";
            foreach (var value in HostileValues(property.PropertyType, property.GetValue(sample)))
            {
                yield return new RecordMutation($"{at} = {Show(value)}", root => property.SetValue(owner(root), value));
            }

            if (depth >= MaxDepth)
            {
                continue;
            }

            switch (property.GetValue(sample))
            {
                case MasivoModel nested:
                    foreach (var mutation in Of(nested, at, root => property.GetValue(owner(root))!, depth + 1))
                    {
                        yield return mutation;
                    }

                    break;
                case IList { Count: > 0 } list when list[0] is MasivoModel first:
                    foreach (var mutation in Of(first, at + "[0]", root => ((IList)property.GetValue(owner(root))!)[0]!, depth + 1))
                    {
                        yield return mutation;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<object?> HostileValues(Type type, object? current)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (!type.IsValueType || underlying is not null)
        {
            yield return null;
        }

        if (type == typeof(string))
        {
            foreach (var text in HostileTexts)
            {
                yield return text;
            }
        }

        // An extensible enum (a struct over a string): its default, and blank.
        if (underlying is { IsValueType: true } @struct && @struct.GetConstructor([typeof(string)]) is { } constructor)
        {
            yield return Activator.CreateInstance(@struct);
            yield return constructor.Invoke([" "]);
        }

        if (current is IList list && type.IsGenericType && type.GetGenericArguments() is [var item])
        {
            var listType = typeof(List<>).MakeGenericType(item);
            yield return Activator.CreateInstance(listType);
            var withNull = (IList)Activator.CreateInstance(listType)!;
            withNull.Add(null);
            yield return withNull;
            if (list.Count > 0)
            {
                var many = (IList)Activator.CreateInstance(listType)!;
                for (var i = 0; i < 1_001; i++)
                {
                    many.Add(list[0]);
                }

                yield return many;
            }
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string { Length: > 20 } text => $"{text.Length} characters",
        string text => JsonSerializer.Serialize(text),
        IList list => $"a list of {list.Count}" + (list.Count > 0 && list[0] is null ? " (null)" : string.Empty),
        _ => $"'{value}'",
    };
}
