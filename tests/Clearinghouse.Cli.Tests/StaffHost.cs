using Clearinghouse.Storage;

namespace Clearinghouse.Cli.Tests;

/// <summary>An organization enrolled through <c>org enrol --json</c>, with its first administrator's token.</summary>
public sealed record EnrolledOrganization(Guid Id, string Name, Guid AdminId, string AdminEmail, string AdminToken);

/// <summary>
/// One initialized server on SQLite for a test class's remote verbs (they speak HTTP; both providers are covered by the
/// local verbs and the server's own tests). Tests share it, so each creates its own organizations with unique names.
/// </summary>
public sealed class StaffHost : IAsyncLifetime
{
    private int counter;

    public ClearinghouseHost Host { get; private set; } = null!;

    /// <summary>The CLI with the server and the staff administrator's token in its environment.</summary>
    public CliRun AsStaff => CliRun.Against(Host, Host.StaffToken);

    public CliRun As(string? token) => CliRun.Against(Host, token);

    public string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref counter)}";

    public async Task InitializeAsync()
    {
        Host = new ClearinghouseHost(DatabaseProvider.Sqlite);
        await Host.InitializeAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Enrols a critical-infrastructure operator as the staff administrator, through the CLI.</summary>
    public async Task<EnrolledOrganization> EnrolOperatorAsync(string? name = null)
    {
        name ??= Unique("Operator");
        var email = Unique("admin") + "@hospital.example";
        var json = (await AsStaff.RunAsync(
                "org", "enrol", "--name", name, "--kind", "critical-infrastructure-operator", "--sector", "healthcare", "--size-tier", "small",
                "--admin-name", name + " admin", "--admin-email", email, "--json"))
            .Expect(ExitCodes.Ok)
            .Json();
        return new EnrolledOrganization(
            json.GetProperty("organization").GetProperty("id").GetGuid(),
            name,
            json.GetProperty("admin").GetProperty("id").GetGuid(),
            email,
            json.GetProperty("adminToken").GetProperty("secret").GetString()!);
    }
}
