using System.Globalization;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A customer's past transactions, imported with <see cref="CustomersClient.MigrateTransactionsAsync(IEnumerable{CustomerTransactionsMigrationRecord}, MigrationOptions?, CancellationToken)"/>.
/// They must add up to the customer's migrated balance, and, unlike events, are migrated in one pass.
/// Every customer needs at least one transaction and may hold at most <see cref="CustomersClient.MaxMigratedTransactionsPerRequest"/>.
/// </summary>
public sealed class CustomerTransactionsMigrationRecord : MasivoModel
{
    /// <summary>Gets or sets the id of the customer, already registered or migrated; required.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the customer's transactions; at least one.</summary>
    [JsonPropertyName("transactions")] public IList<MigratedTransaction>? Transactions { get; set; }

    /// <summary>Throws when the record breaks a rule, naming the field.</summary>
    internal void Validate(string paramName)
    {
        Require.Present(Id, "id (Id)", paramName);
        PathSegment.ValidateNewId(Id, "id (Id)", paramName);
        if (Transactions is null)
        {
            throw new ArgumentException($"transactions (Transactions) of customer '{Id}' is required: every customer needs at least one transaction.", paramName);
        }

        for (var i = 0; i < Transactions.Count; i++)
        {
            if (Transactions[i] is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"transactions[{i}] of customer '{Id}' is null."), paramName);
            }

            Transactions[i].Validate(string.Create(CultureInfo.InvariantCulture, $"transactions[{i}]"), paramName);
        }
    }
}
