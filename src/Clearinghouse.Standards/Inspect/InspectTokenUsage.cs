namespace Clearinghouse.Standards.Inspect;

/// <summary>Tokens one model used.</summary>
/// <param name="Input">Input tokens.</param>
/// <param name="Output">Output tokens.</param>
/// <param name="Total">Total tokens as recorded (may include cache and reasoning tokens).</param>
public sealed record InspectTokenUsage(long Input, long Output, long Total);
