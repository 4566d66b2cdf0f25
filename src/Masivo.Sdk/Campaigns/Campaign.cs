using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>
/// A campaign: rules that turn behavior or coupon codes into rewards, between two dates, within a budget.
/// </summary>
/// <remarks>
/// Masivo documents campaigns in two shapes: the reference's (brand, rules, status, dates, budget) and a newer one of
/// <c>GET campaigns/{id}</c> (a <see cref="Content"/> of named fields and a <see cref="TemplateId"/>). Both are read into
/// this model; fields of neither are kept in <see cref="MasivoModel.AdditionalProperties"/>, so nothing is lost.
/// </remarks>
public sealed class Campaign : MasivoModel
{
    /// <summary>Gets or sets the campaign's id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the brand of the campaign.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the platforms the campaign runs on.</summary>
    [JsonPropertyName("platforms")] public IList<string>? Platforms { get; set; }

    /// <summary>Gets or sets the campaign's name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Gets or sets the campaign's description.</summary>
    [JsonPropertyName("description")] public string? Description { get; set; }

    /// <summary>Gets or sets the kind of campaign, such as <see cref="CampaignType.Behavior"/>.</summary>
    [JsonPropertyName("type")] public CampaignType? Type { get; set; }

    /// <summary>Gets or sets the campaign's rules: each grants its effects when its conditions hold.</summary>
    [JsonPropertyName("rules")] public IList<CampaignRule>? Rules { get; set; }

    /// <summary>Gets or sets the campaign's attributes, such as its trigger and privacy, and its codes summary when asked for.</summary>
    [JsonPropertyName("attributes")] public CampaignAttributes? Attributes { get; set; }

    /// <summary>Gets or sets where the campaign stands.</summary>
    [JsonPropertyName("status")] public CampaignStatus? Status { get; set; }

    /// <summary>Gets or sets when the campaign starts.</summary>
    [JsonPropertyName("start_date")] public DateTimeOffset? StartDate { get; set; }

    /// <summary>Gets or sets when the campaign ends.</summary>
    [JsonPropertyName("end_date")] public DateTimeOffset? EndDate { get; set; }

    /// <summary>Gets or sets who funds the campaign's rewards, such as <c>MARKETING</c>.</summary>
    [JsonPropertyName("funded_by")] public string? FundedBy { get; set; }

    /// <summary>Gets or sets the campaign's budget.</summary>
    [JsonPropertyName("budget")] public decimal? Budget { get; set; }

    /// <summary>
    /// Gets or sets the campaign's content (newer shape): named fields, each <c>{name, type ("input" or "image"), value, alt?, href?}</c>.
    /// Kept as JSON: Masivo shows it on one page only.
    /// </summary>
    [JsonPropertyName("content")] public JsonObject? Content { get; set; }

    /// <summary>Gets or sets the id of the template the content follows (newer shape).</summary>
    [JsonPropertyName("template_id")] public string? TemplateId { get; set; }
}
