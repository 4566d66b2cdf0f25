using System.Globalization;
using System.Text;
using Masivo.Samples.Migration;

namespace Masivo.Samples.Tests;

/// <summary>
/// How a JSON Lines file is read: a line that does not say one thing is rejected with its line and a reason a
/// person can act on (no .NET type names), never migrated as something else: invalid UTF-8 is not turned into
/// U+FFFD, and a key given twice is not settled by taking the last.
/// </summary>
public sealed class MigrationJsonLinesTests : IDisposable
{
    private const string Valid = """{"id":"c-1","name":"Ana","email":"ana@example.com","registration_date":"2024-01-01T00:00:00Z"}""";

    private readonly MigrationTool _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public async Task A_line_holding_invalid_UTF_8_is_rejected_not_migrated_with_U_FFFD()
    {
        var bad = Encoding.UTF8.GetBytes("{\"id\":\"c-").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\",\"name\":\"B\",\"email\":\"b@example.com\",\"registration_date\":\"2024-01-01T00:00:00Z\"}")).ToArray();
        var reasons = await RunCustomersAsync(Encoding.UTF8.GetBytes(Valid + "\n"), bad, Encoding.UTF8.GetBytes("\n" + Valid.Replace("c-1", "c-3", StringComparison.Ordinal) + "\n"));

        Assert.Equal(new MigrationTool.Accounts(2, 1, 0, 0, 3), _tool.Summary());
        Assert.Equal("is not UTF-8 text: byte 0xC3 at byte 9 of the line cannot be read", reasons[2]);
    }

    [Theory]
    [InlineData("""{"id":"c-first","id":"c-second","name":"B","email":"b@example.com","registration_date":"2024-01-01T00:00:00Z"}""", "cannot be read: id is given twice")]
    [InlineData("""{"id":"c-2","name":"B","email":"b@example.com","registration_date":"2024-01-01T00:00:00Z","balance":[{"reward_id":"a","reward_id":"b","amount":1}]}""", "cannot be read: balance[0].reward_id is given twice")]
    public async Task A_key_given_twice_is_rejected_with_its_line_and_reason(string line, string reason)
    {
        var reasons = await RunCustomersAsync(Encoding.UTF8.GetBytes(Valid + "\n" + line + "\n"));

        Assert.Equal(new MigrationTool.Accounts(1, 1, 0, 0, 2), _tool.Summary());
        Assert.Equal(reason, reasons[2]);
    }

    [Theory]
    [InlineData("""{"id":"c-2","name":"B","email":"b@example.com","registration_date":"soon"}""", "cannot be read: registration_date: expected a date and time, such as 2024-01-02T03:04:05Z")]
    [InlineData("""{"id":"c-2","name":"B","email":"b@example.com","registration_date":"2024-01-01T00:00:00Z","balance":[{"amount":"ten"}]}""", "cannot be read: balance[0].amount: expected a number")]
    [InlineData("""{"id":"c-2","name":"B","email":"b@example.com","registration_date":"2024-01-01T00:00:00Z","balance":{}}""", "cannot be read: balance: expected a list")]
    [InlineData("""{"id":["c-2"],"name":"B","email":"b@example.com","registration_date":"2024-01-01T00:00:00Z"}""", "cannot be read: id: expected text")]
    [InlineData("{\"id\":\"c-\u0000\",\"name\":\"B\"}", "cannot be read: '0x00' is invalid within a JSON string.")]
    [InlineData("[1,2]", "cannot be read: a line must be one JSON object (one record), not an array, a string or a number")]
    [InlineData("\"c-2\"", "cannot be read: a line must be one JSON object (one record), not an array, a string or a number")]
    [InlineData("""{"id":"c-\ud800","name":"B","email":"b@example.com","registration_date":"2024-01-01T00:00:00Z"}""", "has an id holding a lone surrogate (U+D800) at index 2")]
    public async Task A_value_of_the_wrong_kind_is_rejected_with_what_was_expected_and_no_NET_type_name(string line, string reason)
    {
        var reasons = await RunCustomersAsync(Encoding.UTF8.GetBytes(Valid + "\n" + line + "\n"));

        Assert.StartsWith(reason, reasons[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_boolean_field_that_is_not_true_or_false_says_so()
    {
        var file = _tool.PathOf("contacts.jsonl");
        await File.WriteAllTextAsync(file, """{"external_id":"x-1","email_verified":"yes"}""" + "\n");

        await _tool.RunAsync(file, "--kind", "Contacts", "--dry-run");

        var reasons = await RejectedAsync("contacts.rejected.csv");
        Assert.Equal("cannot be read: email_verified: expected true or false", reasons[1]);
    }

    private async Task<SortedDictionary<long, string>> RunCustomersAsync(params byte[][] parts)
    {
        var file = _tool.PathOf("customers.jsonl");
        await File.WriteAllBytesAsync(file, parts.SelectMany(part => part).ToArray());
        await _tool.RunAsync(file, "--kind", "Customers");
        return await RejectedAsync("customers.rejected.csv");
    }

    private async Task<SortedDictionary<long, string>> RejectedAsync(string name)
    {
        var reasons = new SortedDictionary<long, string>();
        await foreach (var line in CsvLines.ReadAsync(_tool.PathOf(name)))
        {
            reasons[long.Parse(line.Fields![0], CultureInfo.InvariantCulture)] = line.Fields[1];
        }

        Assert.DoesNotContain(reasons.Values, reason => reason.Contains("System.", StringComparison.Ordinal));
        return reasons;
    }
}
