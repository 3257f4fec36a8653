namespace Clearinghouse.Standards.CycloneDx;

/// <summary>A component's hash: the algorithm as CycloneDX names it (<c>SHA-256</c>, <c>BLAKE3</c>) and the hex content.</summary>
public sealed record CycloneDxHash(string Algorithm, string Content);
