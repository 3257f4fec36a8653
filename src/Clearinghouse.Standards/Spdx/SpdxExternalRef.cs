namespace Clearinghouse.Standards.Spdx;

/// <summary>A package's external reference: category (<c>SECURITY</c>, <c>PACKAGE-MANAGER</c>, ...), type (<c>purl</c>, <c>cpe23Type</c>) and locator.</summary>
public sealed record SpdxExternalRef(string Category, string Type, string Locator);
