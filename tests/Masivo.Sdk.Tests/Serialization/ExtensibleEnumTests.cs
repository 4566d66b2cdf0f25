using System.Text.Json;

namespace Masivo.Sdk.Tests.Serialization;

/// <summary>
/// Every extensible enum behaves the same: a wire value, known or not, kept exactly; equality and
/// hashing ordinal and case-sensitive; its text is the wire value (empty for <c>default</c>); null
/// refused; JSON a plain string.
/// </summary>
public sealed class ExtensibleEnumTests
{
    [Fact]
    public void CustomerStatus_behaves_as_every_extensible_enum() =>
        Check(CustomerStatus.Active, "ACTIVE", s => s, (a, b) => a == b, (a, b) => a != b, CustomerStatus.Inactive);

    [Fact]
    public void Gender_behaves_as_every_extensible_enum() =>
        Check(Gender.Female, "FEMALE", s => s, (a, b) => a == b, (a, b) => a != b, Gender.Male);

    [Fact]
    public void RewardType_behaves_as_every_extensible_enum() =>
        Check(RewardType.GiftCard, "GIFT_CARD", s => s, (a, b) => a == b, (a, b) => a != b, RewardType.Points, RewardType.Discount, RewardType.Product);

    [Fact]
    public void PaymentMethod_behaves_as_every_extensible_enum() =>
        Check(PaymentMethod.Credit, "CREDIT", s => s, (a, b) => a == b, (a, b) => a != b, PaymentMethod.Debit, PaymentMethod.Cash);

    [Fact]
    public void DevicePlatform_behaves_as_every_extensible_enum() =>
        Check(DevicePlatform.Ios, "ios", s => s, (a, b) => a == b, (a, b) => a != b, DevicePlatform.Android, DevicePlatform.Web);

    [Fact]
    public void A_model_writes_its_extensible_enums_as_plain_strings_and_keeps_unknown_ones()
    {
        var json = """{"status":"SUSPENDED","gender":"FEMALE"}""";

        var profile = JsonSerializer.Deserialize<Customer>(json)!;

        Assert.Equal(new CustomerStatus("SUSPENDED"), profile.Status);
        Assert.Equal(Gender.Female, profile.Gender);
        Assert.Contains("\"status\":\"SUSPENDED\"", JsonSerializer.Serialize(profile), StringComparison.Ordinal);
    }

    private static void Check<T>(T known, string wire, Func<string, T> convert, Func<T, T, bool> equal, Func<T, T, bool> notEqual, params T[] others)
        where T : struct, IExtensibleEnum<T>, IEquatable<T>
    {
        // A wire value, known or not, kept exactly, by every way in.
        Assert.Equal(wire, known.Value);
        Assert.Equal(wire, known.ToString());
        Assert.Equal(known, T.FromValue(wire));
        Assert.Equal(known, convert(wire));
        var unknown = T.FromValue("SOMETHING_NEW");
        Assert.Equal(("SOMETHING_NEW", "SOMETHING_NEW"), (unknown.Value, unknown.ToString()));

        // Equality and hashing: ordinal, case-sensitive, by value, through every way of comparing.
        var same = T.FromValue(new string(wire.ToCharArray()));
        Assert.True(equal(known, same));
        Assert.False(notEqual(known, same));
        Assert.True(known.Equals(same));
        Assert.True(known.Equals((object)same));
        Assert.Equal(known.GetHashCode(), same.GetHashCode());
        var otherCase = T.FromValue(wire.ToUpperInvariant() == wire ? wire.ToLowerInvariant() : wire.ToUpperInvariant());
        Assert.False(equal(known, otherCase));
        Assert.True(notEqual(known, otherCase));
        Assert.False(known.Equals(otherCase));
        Assert.False(known.Equals((object)wire));
        Assert.All(others, other => Assert.False(equal(known, other)));
        Assert.Equal(others.Length + 1, others.Append(known).Select(o => o.Value).Distinct(StringComparer.Ordinal).Count());

        // Null is refused; default holds no value: its text is empty, it equals only itself.
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => T.FromValue(null!)).ParamName);
        Assert.Equal(string.Empty, default(T).ToString());
        Assert.True(equal(default, default));
        Assert.Equal(default(T).GetHashCode(), default(T).GetHashCode());
        Assert.False(equal(default, T.FromValue(string.Empty)));
        Assert.False(equal(default, known));

        // JSON: a plain string either way; an unknown value round-trips; anything but a string is refused.
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(known));
        Assert.Equal(known, JsonSerializer.Deserialize<T>($"\"{wire}\""));
        Assert.Equal("\"SOMETHING_NEW\"", JsonSerializer.Serialize(JsonSerializer.Deserialize<T>("\"SOMETHING_NEW\"")));
        Assert.Equal("null", JsonSerializer.Serialize<T?>(null));
        Assert.Equal("null", JsonSerializer.Serialize(default(T)));
        Assert.Null(JsonSerializer.Deserialize<T?>("null"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>("5"));
    }
}
