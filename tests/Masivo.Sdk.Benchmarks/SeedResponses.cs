namespace Masivo.Sdk.Benchmarks;

/// <summary>The documented response examples, answered by an in-memory handler.</summary>
public static class SeedResponses
{
    public static string Redeem { get; } = Read("coupons-redeem.response.json");

    public static string Create { get; } = Read("customers-create.response.json");

    public static string Search { get; } = Read("contacts-search.response.json").Replace("\"<array>\"", "[{\"field\":\"email\"}]", StringComparison.Ordinal);

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));
}
