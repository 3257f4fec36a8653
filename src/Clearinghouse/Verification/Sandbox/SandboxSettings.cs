namespace Clearinghouse.Verification.Sandbox;

/// <param name="BwrapPath">The bubblewrap binary (Debian package <c>bubblewrap</c>).</param>
/// <param name="WorkRoot">
/// Where each run's private directory is created and deleted afterwards. Null: a fresh directory from the system's
/// temporary folder. Otherwise a directory only this process's user can write (and, when running as root, that the
/// unprivileged sandbox user can traverse, e.g. mode 0711).
/// </param>
public sealed record SandboxSettings(string BwrapPath = "/usr/bin/bwrap", string? WorkRoot = null);
