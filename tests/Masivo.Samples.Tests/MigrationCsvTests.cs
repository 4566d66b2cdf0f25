using Masivo.Sdk.Testing;

namespace Masivo.Samples.Tests;

/// <summary>CSV is read strictly: every record of the file is migrated, rejected with its line and reason, or failed.</summary>
public sealed class MigrationCsvTests : IAsyncLifetime, IDisposable
{
    private readonly MigrationTool _tool = new();
    private MasivoFakeServer _fake = null!;

    public async Task InitializeAsync() => _fake = await MasivoFakeServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public async Task An_unbalanced_quote_in_row_25000_of_50000_rejects_that_row_alone_and_the_other_49999_are_migrated()
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file, ["external_id,email,first_name,city", .. Enumerable.Range(1, 50_000).Select(row => row == 25_000
            ? $"legacy-{row},\"customer{row}@example.com,Nombre {row},Lima"
            : $"legacy-{row},customer{row}@example.com,Nombre {row},Lima")]);

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file]);

        Assert.True(exit == 3, _tool.Output);
        Assert.Contains("Validated 50,000 rows: 49,999 valid, 1 rejected", _tool.Output, StringComparison.Ordinal);
        Assert.Equal(new MigrationTool.Accounts(49_999, 1, 0, 0, 50_000), _tool.Summary());
        var rejected = await File.ReadAllLinesAsync(_tool.PathOf("contacts.rejected.csv"));
        Assert.Equal(2, rejected.Length);
        Assert.StartsWith("25001,has a quote that is not closed on its line,", rejected[1], StringComparison.Ordinal);
        var migrated = _fake.RequestsTo(FakeRoute.MigrateContacts).SelectMany(request => request.MigratedContacts!).Select(contact => contact.ExternalId).ToHashSet();
        Assert.Equal(49_999, migrated.Count);
        Assert.Contains("legacy-25001", migrated);
        Assert.Contains("legacy-50000", migrated);
        Assert.DoesNotContain("legacy-25000", migrated);
    }

    [Fact]
    public async Task Malformed_rows_are_rejected_with_their_line_and_reason_and_the_rows_around_them_are_read()
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file,
        [
            "external_id,email,last_name",
            "c-1,ana@example.com,\"García, Ana\"",
            "c-2,luis@example.com,O\"Brien",
            "c-3,eva@example.com,\"Pérez\"x",
            "c-4,sol@example.com,Soto,extra",
            "c-5,\"noe@example.com",
            "c-6,ivan@example.com,\"Ruiz \"\"el Rojo\"\"\"",
        ]);

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file]);

        Assert.True(exit == 3, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(2, 4, 0, 0, 6), _tool.Summary());
        var rejected = (await File.ReadAllLinesAsync(_tool.PathOf("contacts.rejected.csv"))).Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]);
        Assert.Equal(["3", "4", "5", "6"], rejected);
        Assert.Contains("quote inside an unquoted field", _tool.Output, StringComparison.Ordinal);
        Assert.Contains("text after the closing quote", _tool.Output, StringComparison.Ordinal);
        Assert.Contains("does not have the header's 3 fields", _tool.Output, StringComparison.Ordinal);
        var names = _fake.RequestsTo(FakeRoute.MigrateContacts).SelectMany(request => request.MigratedContacts!).Select(contact => contact.LastName);
        Assert.Equal(["García, Ana", "Ruiz \"el Rojo\""], names);
    }

    [Fact]
    public async Task An_unknown_column_is_a_warning_and_its_values_are_not_sent()
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file, ["external_id,emial,first_name", "c-1,ana@example.com,Ana"]);

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file]);

        Assert.True(exit == 0, _tool.Output);
        Assert.Contains("Warning: column 'emial' is not a Masivo field of contacts; its values are not sent.", _tool.Output, StringComparison.Ordinal);
        Assert.Contains("Validated 1 row: 1 valid, 0 rejected.", _tool.Output, StringComparison.Ordinal);
        Assert.Contains("Migrating 1 contacts in 1 batch of up to", _tool.Output, StringComparison.Ordinal);
        Assert.Contains("1 migrated + 0 rejected + 0 failed = 1 row.", _tool.Output, StringComparison.Ordinal);
        var request = Assert.Single(_fake.RequestsTo(FakeRoute.MigrateContacts));
        Assert.DoesNotContain("emial", request.Body, StringComparison.Ordinal);
        Assert.Equal("Ana", Assert.Single(request.MigratedContacts!).FirstName);
    }

    [Theory]
    [InlineData("\"external_id,email", "line 1 has a quote that is not closed on its line")]
    [InlineData("external_id,\"em\"ail", "line 1 has text after the closing quote of a field")]
    [InlineData("external_id,em\"ail", "line 1 has a quote inside an unquoted field")]
    public async Task A_header_that_cannot_be_read_is_exit_2_and_its_first_data_row_is_not_taken_for_the_header(string header, string reason)
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file, [header, "a1,a1@x.com", "a2,a2@x.com"]);

        foreach (var dryRun in new[] { true, false })
        {
            var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, dryRun ? [file, "--dry-run"] : [file]);

            Assert.True(exit == 2, _tool.Output);
        }

        Assert.Contains($"Usage error: {file} has a CSV header that cannot be read: {reason}", _tool.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", _tool.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Validated", _tool.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_tool.PathOf("contacts.rejected.csv")));
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Each_value_is_read_as_its_fields_type_so_text_fields_keep_true_and_false_and_booleans_take_any_case()
    {
        var file = _tool.PathOf("contacts.csv");
        await File.WriteAllLinesAsync(file,
        [
            "external_id,first_name,last_name,email_verified,phone_verified,is_anonymous",
            "c-1,true,false,TRUE,False,true",
            "c-2,Ana,Soto,yes,,",
            "c-3,Luis,Ruiz,,,",
        ]);

        var exit = await _tool.RunAsync(_fake, TimeSpan.Zero, [file]);

        Assert.True(exit == 3, _tool.Output);
        Assert.Equal(new MigrationTool.Accounts(2, 1, 0, 0, 3), _tool.Summary());
        Assert.Contains("3,\"has email_verified 'yes', which is not true or false\",", await File.ReadAllTextAsync(_tool.PathOf("contacts.rejected.csv")), StringComparison.Ordinal);
        var contacts = _fake.RequestsTo(FakeRoute.MigrateContacts).SelectMany(request => request.MigratedContacts!).ToList();
        var first = contacts.Single(contact => contact.ExternalId == "c-1");
        Assert.Equal(("true", "false", true, false, true), (first.FirstName, first.LastName, first.EmailVerified, first.PhoneVerified, first.IsAnonymous));
        var third = contacts.Single(contact => contact.ExternalId == "c-3");
        Assert.Equal(("Luis", (bool?)null), (third.FirstName, third.EmailVerified));
    }
}
