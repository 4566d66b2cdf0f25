using System.Reflection;
using Masivo.Sdk.Internal;
using Refit;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>The contact search's fields are listed once (<see cref="ContactSearchFields"/>); the Refit method and the query type are held to that list.</summary>
public sealed class ContactSearchFieldsTests
{
    [Fact]
    public void The_Refit_search_method_takes_one_parameter_per_field_in_the_list_order()
    {
        var parameters = typeof(IContactsApi).GetMethod(nameof(IContactsApi.SearchAsync))!.GetParameters()
            .Select(p => p.GetCustomAttribute<AliasAsAttribute>()?.Name)
            .Where(name => name is not null)
            .ToList();

        Assert.True(
            ContactSearchFields.All.Select(f => f.Name).SequenceEqual(parameters),
            $"IContactsApi.SearchAsync's [AliasAs] parameters ({string.Join(", ", parameters)}) must be ContactSearchFields.All's names in order ({string.Join(", ", ContactSearchFields.All.Select(f => f.Name))}).");
    }

    [Fact]
    public void Every_property_of_the_query_is_a_field_of_the_list_exactly_once()
    {
        var properties = typeof(ContactSearchQuery).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order();
        var listed = ContactSearchFields.All.Select(f => f.Property).Order();

        Assert.Equal(properties, listed);
    }
}
