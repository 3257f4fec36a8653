namespace Clearinghouse.Standards.Inspect;

/// <summary>How far reading the samples of a log has come.</summary>
/// <param name="SamplesRead">Samples read so far.</param>
/// <param name="SamplesTotal">Samples in the log when known before reading them (<c>.eval</c>), or null.</param>
/// <param name="BytesRead">Bytes of the file read so far.</param>
/// <param name="BytesTotal">The file's size in bytes.</param>
public readonly record struct InspectReadProgress(int SamplesRead, int? SamplesTotal, long BytesRead, long BytesTotal);
