namespace Clearinghouse.Standards.CveJson;

/// <summary>The record's metadata (<c>cveMetadata</c>); dates are kept as written (ISO 8601, with or without a zone).</summary>
/// <param name="CveId">The CVE id, e.g. <c>CVE-2021-44228</c>.</param>
/// <param name="AssignerOrgId">The assigning CNA's UUID.</param>
/// <param name="AssignerShortName">The CNA's short name, if given.</param>
/// <param name="RequesterUserId">The requesting user's UUID, if given.</param>
/// <param name="Serial">The record's serial number, if given.</param>
/// <param name="State">Published or rejected.</param>
/// <param name="DateReserved">When the id was reserved, if given.</param>
/// <param name="DatePublished">When the record was published, if given.</param>
/// <param name="DateUpdated">When the record was last updated, if given.</param>
/// <param name="DateRejected">When the record was rejected, if given.</param>
public sealed record CveMetadata(
    string CveId,
    string AssignerOrgId,
    string? AssignerShortName,
    string? RequesterUserId,
    int? Serial,
    CveRecordState State,
    string? DateReserved,
    string? DatePublished,
    string? DateUpdated,
    string? DateRejected);
