using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Wire;

public sealed class ContactsSearchWireTests : IDisposable
{
    private readonly WireMockMasivo _masivo = new();

    public void Dispose() => _masivo.Dispose();

    // Method, path, headers, the documented answer read back whole, and every fault: the contacts.search row
    // of the endpoint table (EndpointWireTests, FaultMatrixTests). Here: every search field, and what only a search does.
    [Fact]
    public async Task Search_sends_every_field_as_a_snake_case_query_parameter()
    {
        _masivo.Respond("GET", "/contacts", 200, Seed.ContactsSearchResponse());

        await _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery
        {
            Email = "jsmith@example.com",
            ExternalId = "ext 1&2",
            DocumentNumber = "123",
            SecondLastName = "Pérez",
            Dob = new DateOnly(2023, 12, 25),
            Gender = Gender.Female,
            PersonaId = "p-1",
        });

        var entry = Assert.Single(_masivo.Requests);
        Assert.Equal("GET", entry.RequestMessage!.Method);
        Assert.Equal("/api/storefront/v1/contacts", entry.RequestMessage!.Path);
        var query = entry.RequestMessage!.Query!.ToDictionary(p => p.Key, p => p.Value.Single());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["email"] = "jsmith@example.com",
                ["external_id"] = "ext 1&2",
                ["document_number"] = "123",
                ["second_last_name"] = "Pérez",
                ["dob"] = "2023-12-25",
                ["gender"] = "FEMALE",
                ["persona_id"] = "p-1",
            },
            query);
    }

    [Fact]
    public async Task Search_maps_the_documented_response_to_typed_values()
    {
        _masivo.Respond("GET", "/contacts", 200, Seed.ContactsSearchResponse());

        var contacts = await _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "jsmith@example.com" });

        var contact = Assert.Single(contacts);
        Assert.Equal(new DateOnly(2023, 12, 25), contact.Dob);
        Assert.Equal("3c90c3cc-0d44-4b50-8888-8dd25736052a", contact.PersonaId);
        Assert.Equal(20.95m, contact.Data!.Order!.Value);
        Assert.Equal(2.25m, contact.Data.Order.Shipping!.DiscountedValue);
        Assert.True(contact.Data.IdentityResolutions![0].IsDefault);
        Assert.Equal(123, contact.Payments![0].ExpiryYear);
    }

    [Fact]
    public async Task An_empty_result_is_an_empty_list()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""");

        var contacts = await _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { ExternalId = "none" });

        Assert.Empty(contacts);
    }

    [Fact]
    public async Task Search_without_an_identifier_is_refused_before_sending()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { FirstName = "Ana", Country = "MX" }));

        Assert.Contains("external_id", error.Message, StringComparison.Ordinal);
        Assert.Contains("email", error.Message, StringComparison.Ordinal);
        Assert.Contains("document_number", error.Message, StringComparison.Ordinal);
        Assert.Empty(_masivo.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(422)]
    public async Task Client_errors_are_api_exceptions_with_the_server_error_and_not_retried(int status)
    {
        _masivo.Respond("GET", "/contacts", status, """{"error":"Bad things","details":"email is malformed"}""");

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "x" }));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal("Bad things", error.Error);
        Assert.Equal("email is malformed", error.Details);
        Assert.Contains("email is malformed", error.ResponseBody, StringComparison.Ordinal);
        Assert.Single(_masivo.Requests);
    }

    [Fact]
    public async Task A_server_error_is_retried_then_reported()
    {
        _masivo.Respond("GET", "/contacts", 500, """{"error":"Internal","details":"try later"}""");

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "x" }));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("try later", error.Details);
        Assert.Equal(1 + new MasivoClientOptions().MaxRetries, _masivo.Requests.Count);
    }

    [Fact]
    public async Task An_error_body_that_is_not_json_keeps_the_raw_body_bounded()
    {
        _masivo.Respond("GET", "/contacts", 502, "<html>" + new string('x', 10_000) + "</html>");

        var error = await Assert.ThrowsAsync<MasivoApiException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "x" }));

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Equal(MasivoApiException.MaxResponseBodyLength, error.ResponseBody!.Length);
    }

    [Fact]
    public async Task A_caller_cancellation_is_an_operation_canceled_exception()
    {
        _masivo.Respond("GET", "/contacts", 200, """{"data":[]}""", r => r.WithDelay(TimeSpan.FromSeconds(5)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "x" }, cancellation.Token));
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _masivo.Client.Contacts.SearchAsync(new ContactSearchQuery { Email = "x" }, cancellation.Token));
        Assert.Empty(_masivo.Requests);
    }
}
