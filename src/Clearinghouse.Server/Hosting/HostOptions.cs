namespace Clearinghouse.Server.Hosting;

/// <summary>Limits that protect the server, bound from the <c>Limits</c> section (env <c>CLEARINGHOUSE_LIMITS__...</c>).</summary>
public sealed class LimitsOptions
{
    /// <summary>The largest request body accepted, in bytes (1 MiB). Upload endpoints set their own.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests one token (or, unauthenticated, one address) may make per minute, sustained.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Requests one token may make in a burst above the sustained rate.</summary>
    public int Burst { get; set; } = 100;
}
