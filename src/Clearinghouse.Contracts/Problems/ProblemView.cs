namespace Clearinghouse.Contracts.Problems;

/// <summary>An RFC 9457 problem as the clearinghouse sends it.</summary>
/// <param name="Type">One of <see cref="ProblemTypes"/>.</param>
/// <param name="Title">A short, fixed summary of the type.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong with this request, for people.</param>
/// <param name="Errors">For validation problems: each invalid field (by JSON path) and what is wrong with it.</param>
/// <param name="TraceId">The server's id for the request, to find it in the server's log.</param>
public sealed record ProblemView(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    IReadOnlyDictionary<string, string[]>? Errors,
    string? TraceId);
