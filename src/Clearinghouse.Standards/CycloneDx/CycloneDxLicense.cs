namespace Clearinghouse.Standards.CycloneDx;

/// <summary>
/// One entry of a CycloneDX license choice: an SPDX license id, a license name, or an SPDX expression (exactly one is
/// set), and from 1.6 whether it was <c>declared</c> or <c>concluded</c>.
/// </summary>
public sealed record CycloneDxLicense(string? Id, string? Name, string? Expression, string? Acknowledgement);
