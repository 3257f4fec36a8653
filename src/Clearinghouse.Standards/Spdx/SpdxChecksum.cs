namespace Clearinghouse.Standards.Spdx;

/// <summary>A package checksum: the SPDX algorithm name (<c>SHA256</c>, <c>BLAKE2b-384</c>) and the hex value.</summary>
public sealed record SpdxChecksum(string Algorithm, string Value);
