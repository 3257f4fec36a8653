using System.Net.Http.Headers;
using System.Net.Http.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Server;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Clearinghouse.Testing;

/// <summary>
/// The real server (the same <see cref="ClearinghouseServer.CreateApp"/> as production) on Kestrel at a free loopback
/// port, over a fresh database of the given provider, with a clock the test controls.
/// </summary>
public sealed class ClearinghouseHost : WebApplicationFactory<ClearinghouseServer>
{
    private readonly Dictionary<string, string?> settings;

    public ClearinghouseHost(DatabaseProvider provider, IDictionary<string, string?>? settings = null, DatabaseTarget? database = null)
    {
        Database = database ?? TestDatabases.Create(provider);
        this.settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Database"] = Database.ConnectionString,
            ["Limits:RequestsPerMinute"] = settings?.TryGetValue("Limits:RequestsPerMinute", out var r) == true ? r : "60000",
            ["Limits:Burst"] = settings?.TryGetValue("Limits:Burst", out var b) == true ? b : "10000",
            // Tests run due jobs themselves (JobWorker.RunDueJobsAsync), so that no background worker races them.
            ["Jobs:RunWorker"] = settings?.TryGetValue("Jobs:RunWorker", out var w) == true ? w : "false",
            // CERT/CC's decision tables from the shared data, as a deployment's reference-data directory.
            ["Scoring:SsvcTables"] = settings?.TryGetValue("Scoring:SsvcTables", out var t) == true ? t : TestData.Path("ssvc", "data", "json", "decision_tables"),
            ["Findings:EvidenceKeyFile"] = Path.Combine(Path.GetTempPath(), "clearinghouse-tests", Path.GetRandomFileName() + ".key"),
        };
        UseKestrel(0);
        StartServer();
    }

    public DatabaseTarget Database { get; }

    public ManualClock Clock { get; } = new();

    /// <summary>Where ownership challenges are looked up (DNS, web), a boundary the tests play like the clock.</summary>
    public FakeChallengeResolver Challenges { get; } = new();

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>The bootstrap administrator's token, once <see cref="InitializeAsync"/> ran.</summary>
    public string StaffToken { get; private set; } = "";

    public EnrolmentView Staff { get; private set; } = null!;

    /// <summary>Runs <c>admin init</c> against the server's database, as an operator would on the server's machine.</summary>
    public async Task<ClearinghouseHost> InitializeAsync()
    {
        await using var db = OpenDatabase();
        var outcome = await InitializeInstance.RunAsync(db, "Clearinghouse staff", new NewMember { DisplayName = "Ada Admin", Email = "ada@clearinghouse.example" }, CancellationToken.None);
        Staff = outcome.Enrolment ?? throw new InvalidOperationException(outcome.Refusal);
        StaffToken = Staff.AdminToken.Secret;
        return this;
    }

    /// <summary>A direct context on the server's database (same clock), for set-up and for looking at what was written.</summary>
    public ClearinghouseDb OpenDatabase() => ClearinghouseDb.Open(Database, Clock);

    /// <summary>An HTTP client to the server, with <paramref name="token"/> as its bearer token if given.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Enrols an organization through the API as the staff administrator.</summary>
    public async Task<EnrolmentView> EnrolAsync(string name, OrganizationKind kind, Standards.Tlp.TlpLabel? tlp = null, string? adminEmail = null)
    {
        using var client = Client(StaffToken);
        var isOperator = kind == OrganizationKind.CriticalInfrastructureOperator;
        var response = await client.PostAsJsonAsync("/api/organizations", new EnrolOrganizationRequest
        {
            Name = name,
            Kind = kind,
            Sector = isOperator ? Sector.Healthcare : null,
            SizeTier = isOperator ? SizeTier.Small : null,
            Tlp = tlp,
            FirstAdmin = new NewMember { DisplayName = name + " admin", Email = adminEmail ?? $"admin-{Guid.CreateVersion7(Clock.GetUtcNow()):N}@example.org" },
        }, ContractJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<EnrolmentView>(ContractJson.Options))!;
    }

    /// <summary>Adds a member with a role to an organization and issues it a token; returns the member and the token's secret.</summary>
    public async Task<(MemberView Member, string Token)> AddMemberAsync(Guid organizationId, MemberRole role, string adminToken)
    {
        using var client = Client(adminToken);
        var added = await client.PostAsJsonAsync($"/api/organizations/{organizationId}/members", new AddMemberRequest
        {
            DisplayName = role + " member",
            Email = $"{role.ToString().ToLowerInvariant()}-{Guid.CreateVersion7(Clock.GetUtcNow()):N}@example.org",
            Role = role,
        }, ContractJson.Options);
        added.EnsureSuccessStatusCode();
        var member = (await added.Content.ReadFromJsonAsync<MemberView>(ContractJson.Options))!;
        var issued = await client.PostAsJsonAsync($"/api/members/{member.Id}/tokens", new IssueTokenRequest { Name = "test" }, ContractJson.Options);
        issued.EnsureSuccessStatusCode();
        return (member, (await issued.Content.ReadFromJsonAsync<IssuedTokenView>(ContractJson.Options))!.Secret);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            services.Replace(ServiceDescriptor.Singleton<Scans.IChallengeResolver>(Challenges));
        });
    }
}
