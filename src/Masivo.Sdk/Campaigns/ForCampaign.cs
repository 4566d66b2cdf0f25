namespace Masivo.Sdk.Internal;

/// <summary>The arguments of <c>GET campaigns/{id}</c>: the campaign's id, which travels in the path, and the caller's options.</summary>
/// <param name="CampaignId">The campaign's id, as the caller gave it.</param>
/// <param name="Query">The options, as the caller gave them.</param>
internal sealed record ForCampaign(string CampaignId, CampaignGetQuery? Query);
