namespace Clearinghouse.Verification.Sandbox;

/// <summary>Thrown instead of running anything when the sandbox cannot be built: we never run a recipe unsandboxed.</summary>
public sealed class SandboxUnavailableException(SandboxAvailability availability)
    : InvalidOperationException($"The reproduction sandbox is unavailable: {availability?.Reason}")
{
    public SandboxAvailability Availability { get; } = availability ?? throw new ArgumentNullException(nameof(availability));
}
