namespace Clearinghouse.Standards.CveJson;

/// <summary>A richer form of a description (<c>supportingMedia</c>), e.g. <c>text/html</c>.</summary>
/// <param name="Type">The media type.</param>
/// <param name="Base64">True when <paramref name="Value"/> is Base64-encoded.</param>
/// <param name="Value">The content.</param>
public sealed record CveSupportingMedia(string Type, bool Base64, string Value);
