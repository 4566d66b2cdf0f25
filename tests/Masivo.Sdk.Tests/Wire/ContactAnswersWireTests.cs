using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Wire;

/// <summary>
/// The contact calls' edges: an update that sets nothing is not sent; a <c>PUT</c> answer holding several contacts is not
/// read as the first of them; a create answer with both a top-level <c>id</c> and a <c>data</c> object is the contact
/// itself, whose own <c>data</c> is its <see cref="ContactData"/> (the shape <c>GET contacts</c> answers).
/// </summary>
public sealed class ContactAnswersWireTests
{
    private const string Contact = """{"id":"c-1","external_id":"crm-7","email":"ana@example.com"}""";

    [Fact]
    public async Task An_update_that_sets_no_field_is_refused_before_sending()
    {
        await using var server = await KestrelStub.StartAsync(context => Answer(context, $$"""{"data":[{{Contact}}]}"""));
        using var client = server.CreateClient();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => client.Contacts.UpdateAsync("c-1", new UpdateContactRequest()));

        Assert.Equal("contact", refused.ParamName);
        Assert.Contains("no field", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Attempts);
    }

    [Fact]
    public async Task An_update_that_sets_only_unknown_fields_is_sent()
    {
        await using var server = await KestrelStub.StartAsync(context => Answer(context, $$"""{"data":[{{Contact}}]}"""));
        using var client = server.CreateClient();
        var contact = new UpdateContactRequest { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["nickname"] = System.Text.Json.JsonDocument.Parse("\"Ana\"").RootElement } };

        var updated = await client.Contacts.UpdateAsync("c-1", contact);

        Assert.Equal("c-1", updated.Id);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task An_update_answered_with_several_contacts_is_an_invalid_response_not_the_first()
    {
        await using var server = await KestrelStub.StartAsync(context => Answer(context, $$"""{"data":[{{Contact}},{"id":"c-2"}]}"""));
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(() => client.Contacts.UpdateAsync("c-1", new UpdateContactRequest { City = "Bogotá" }));

        Assert.Equal("contacts.update", error.Operation);
        Assert.Equal(200, error.StatusCode);
        Assert.Contains("2 contacts", error.Message, StringComparison.Ordinal);
        Assert.Contains("PUT contacts/{id}", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Attempts); // a success is never repeated
    }

    [Fact]
    public async Task An_update_answered_with_one_contact_returns_it()
    {
        await using var server = await KestrelStub.StartAsync(context => Answer(context, $$"""{"data":[{{Contact}}]}"""));
        using var client = server.CreateClient();

        var updated = await client.Contacts.UpdateAsync("c-1", new UpdateContactRequest { City = "Bogotá" });

        Assert.Equal("crm-7", updated.ExternalId);
    }

    [Fact]
    public async Task A_create_answer_with_a_top_level_id_and_a_data_object_is_the_contact_with_its_data()
    {
        await using var server = await KestrelStub.StartAsync(context => Answer(
            context,
            """{"id":"c-1","external_id":"crm-7","data":{"contact":{"first_name":"Ana"},"order":{"value":10}}}"""));
        using var client = server.CreateClient();

        var created = await client.Contacts.CreateAsync(new CreateContactRequest { ExternalId = "crm-7" });

        Assert.Equal("c-1", created.Id);
        Assert.Equal("crm-7", created.ExternalId);
        Assert.Equal("Ana", created.Data?.Contact?["first_name"]?.GetValue<string>());
    }

    private static Task Answer(HttpContext context, string body)
    {
        context.Response.StatusCode = context.Request.Method == "POST" ? 201 : 200;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }
}
