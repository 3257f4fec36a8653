namespace Clearinghouse.Standards.Sarif;

/// <summary>A part of an artifact (§3.30): lines and columns are 1-based; absent values are null, not defaulted.</summary>
/// <param name="StartLine">The first line.</param>
/// <param name="StartColumn">The first column.</param>
/// <param name="EndLine">The last line.</param>
/// <param name="EndColumn">The column just after the region.</param>
/// <param name="CharOffset">The 0-based character offset, for regions given that way.</param>
/// <param name="CharLength">The length in characters.</param>
/// <param name="ByteOffset">The 0-based byte offset, for binary regions.</param>
/// <param name="ByteLength">The length in bytes.</param>
/// <param name="Snippet">The text of the region (<c>snippet.text</c>), if given.</param>
public sealed record SarifRegion(
    int? StartLine, int? StartColumn, int? EndLine, int? EndColumn,
    int? CharOffset, int? CharLength, int? ByteOffset, int? ByteLength, string? Snippet);
