namespace Masivo.Sdk.Benchmarks;

/// <summary>The documented response examples, answered by the in-memory handlers and the loopback server.</summary>
public static class SeedResponses
{
    public static string Redeem { get; } = Read("coupons-redeem.response.json");

    public static string Create { get; } = Read("customers-create.response.json");

    public static string Migrate { get; } = Read("contacts-migrate.response.json");

    public static string Search { get; } = Read("contacts-search.response.json").Replace("\"<array>\"", "[{\"field\":\"email\"}]", StringComparison.Ordinal);

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));
}
