namespace Masivo.Sdk.Internal;

/// <summary>The <c>includes</c> query parameter of the campaigns reads.</summary>
internal static class CampaignIncludes
{
    public const string CodesSummary = "CODES_SUMMARY";

    public static string? Of(bool codesSummary) => codesSummary ? CodesSummary : null;
}
