namespace Clearinghouse.Verification.Sandbox;

/// <summary>Whether reproductions can run here, and if not, the precise reason.</summary>
public sealed record SandboxAvailability(bool IsAvailable, string? Reason)
{
    public static SandboxAvailability Available { get; } = new(true, null);

    public static SandboxAvailability Unavailable(string reason) => new(false, reason);
}
