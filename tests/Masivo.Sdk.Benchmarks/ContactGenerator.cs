using System.Globalization;
using System.Text.Json.Nodes;

namespace Masivo.Sdk.Benchmarks;

/// <summary>Full-field contacts, generated on the fly so a million of them never sit in memory at once.</summary>
public static class ContactGenerator
{
    private static readonly DateTimeOffset Created = new(2023, 11, 7, 5, 31, 56, TimeSpan.Zero);

    public static async IAsyncEnumerable<ContactMigrationRecord> StreamAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 10_000 == 0)
            {
                await Task.Yield();
            }

            yield return Full(i);
        }
    }

    public static IEnumerable<ContactMigrationRecord> Sequence(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Full(i);
        }
    }

    public static ContactMigrationRecord Full(int i)
    {
        var id = i.ToString(CultureInfo.InvariantCulture);
        return new ContactMigrationRecord
        {
            CreatedAt = Created,
            UpdatedAt = Created,
            ExternalId = "ext-" + id,
            FirstName = "Ana",
            SecondName = "María",
            LastName = "García",
            SecondLastName = "López",
            Email = $"ana.{id}@example.com",
            EmailVerified = true,
            Dob = new DateOnly(1990, 5, 17),
            Gender = Gender.Female,
            Country = "MX",
            City = "Ciudad de México",
            Phone = "+52 55 5555 " + id,
            IsAnonymous = false,
            Source = "legacy-crm",
            Channel = "web",
            PhoneVerified = false,
            DocumentType = "CURP",
            DocumentNumber = "GALA900517MDFRPN" + id,
            Status = CustomerStatus.Active,
            Tags = new JsonObject { ["segment"] = "gold", ["store"] = 12 },
            Addresses = [new ContactAddress { Street1 = "Av. Reforma", StreetNumber = "222", ZipCode = "06600", City = "CDMX", State = "CDMX", Country = "MX", Alias = "Home" }],
            BillingInfo = [new ContactBillingInfo { DocumentNumber = "RFC" + id, DocumentType = "RFC", LegalName = "Ana García", Street1 = "Av. Reforma", City = "CDMX", Country = "MX", ZipCode = "06600", Email = "billing@example.com" }],
            Payments = [new ContactPayment { Method = PaymentMethod.Credit, LastFour = "4242", CardHolder = "ANA GARCIA", CardBrand = "VISA", ExpiryMonth = 12, ExpiryYear = 2030 }],
            Order = new Order
            {
                PurchaseId = "order-" + id,
                Value = 20.95m,
                DiscountedValue = 10.95m,
                PaymentMethod = PaymentMethod.Credit,
                ChannelId = "web",
                StoreId = "store-12",
                Products = [new OrderProduct { Sku = "SKU-1", Amount = 2, Value = 10m, DiscountedValue = 5m, Redeem = [new OrderRedemption { Id = "reward-1", Amount = 1 }] }],
                Shipping = new OrderShipping { Value = 3.25m, DiscountedValue = 2.25m },
                BrandId = "brand-1",
            },
        };
    }
}
