using System.Net;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Participants;

/// <summary>
/// Who may read and change an organization's profile over HTTP, for every role in the same organization, in another
/// organization and in the clearinghouse staff, against profiles labelled with each TLP label a profile may carry.
/// The expectations are written out here from AccessPolicy's documented rules, not computed by calling it.
/// </summary>
public sealed class OrganizationVisibilityMatrixTests(OrganizationVisibilityMatrixTests.Worlds worlds) : IClassFixture<OrganizationVisibilityMatrixTests.Worlds>
{
    private const int Ok = 200;
    private const int Forbidden = 403;
    private const int NotFound = 404;

    private static readonly MemberRole[] Roles = [MemberRole.Admin, MemberRole.Analyst, MemberRole.Submitter, MemberRole.Viewer];

    /// <summary>
    /// The expected table. <c>Patch</c> gives the PATCH status for admin, analyst, submitter and viewer, in that order.
    /// Same organization: always visible; only its admin changes it. Another organization: CLEAR and GREEN are visible
    /// (read-only), AMBER and AMBER+STRICT are not there at all. Staff: everything visible; only the staff admin changes it.
    /// </summary>
    private static readonly (Relation Caller, TlpLabel Target, int Get, int[] Patch)[] Expected =
    [
        (Relation.SameOrganization, TlpLabel.Clear, Ok, [Ok, Forbidden, Forbidden, Forbidden]),
        (Relation.SameOrganization, TlpLabel.Green, Ok, [Ok, Forbidden, Forbidden, Forbidden]),
        (Relation.SameOrganization, TlpLabel.Amber, Ok, [Ok, Forbidden, Forbidden, Forbidden]),
        (Relation.SameOrganization, TlpLabel.AmberStrict, Ok, [Ok, Forbidden, Forbidden, Forbidden]),

        (Relation.OtherOrganization, TlpLabel.Clear, Ok, [Forbidden, Forbidden, Forbidden, Forbidden]),
        (Relation.OtherOrganization, TlpLabel.Green, Ok, [Forbidden, Forbidden, Forbidden, Forbidden]),
        (Relation.OtherOrganization, TlpLabel.Amber, NotFound, [NotFound, NotFound, NotFound, NotFound]),
        (Relation.OtherOrganization, TlpLabel.AmberStrict, NotFound, [NotFound, NotFound, NotFound, NotFound]),

        (Relation.Staff, TlpLabel.Clear, Ok, [Ok, Forbidden, Forbidden, Forbidden]),
        (Relation.Staff, TlpLabel.Green, Ok, [Ok, Forbidden, Forbidden, Forbidden]),
        (Relation.Staff, TlpLabel.Amber, Ok, [Ok, Forbidden, Forbidden, Forbidden]),
        (Relation.Staff, TlpLabel.AmberStrict, Ok, [Ok, Forbidden, Forbidden, Forbidden]),
    ];

    private static readonly Dictionary<TlpLabel, string> TargetNames = new()
    {
        [TlpLabel.Clear] = "Clear Co",
        [TlpLabel.Green] = "Green Co",
        [TlpLabel.Amber] = "Amber Co",
        [TlpLabel.AmberStrict] = "Strict Co",
    };

    private const string StaffName = "Clearinghouse staff";
    private const string OutsiderName = "Outsider Co";

    /// <summary>What GET /api/organizations lists, by caller (the targets' callers by their own organization's label).</summary>
    private static readonly Dictionary<string, string[]> ExpectedLists = new()
    {
        ["Clear Co"] = [StaffName, "Clear Co", "Green Co"],
        ["Green Co"] = [StaffName, "Clear Co", "Green Co"],
        ["Amber Co"] = [StaffName, "Clear Co", "Green Co", "Amber Co"],
        ["Strict Co"] = [StaffName, "Clear Co", "Green Co", "Strict Co"],
        [OutsiderName] = [StaffName, "Clear Co", "Green Co", OutsiderName],
        [StaffName] = [StaffName, "Clear Co", "Green Co", "Amber Co", "Strict Co", OutsiderName],
    };

    private static readonly Guid Nonexistent = new("0190a2b4-7c1d-7e3f-8a5b-123456789abc");

    private enum Relation
    {
        SameOrganization,
        OtherOrganization,
        Staff,
    }

    [Theory, BothProviders]
    public async Task Every_role_in_the_same_another_and_the_staff_organization_gets_the_documented_answer(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var host = world.Host;
        var (absentGet, absentPatch) = await NonexistentAnswersAsync(host);
        var mismatches = new List<string>();
        foreach (var (relation, label, expectedGet, expectedPatch) in Expected)
        {
            var target = world.Targets[label].Organization;
            var callers = relation switch
            {
                Relation.SameOrganization => world.Callers[TargetNames[label]],
                Relation.OtherOrganization => world.Callers[OutsiderName],
                _ => world.Callers[StaffName],
            };
            for (var r = 0; r < Roles.Length; r++)
            {
                var role = Roles[r];
                using var client = host.Client(callers[role]);
                var what = $"{relation} {role} on {TlpLabels.Format(label)}";

                var get = await client.GetAsync($"/api/organizations/{target.Id}");
                await CheckAsync(get, expectedGet, $"GET by {what}", absentGet, mismatches, async ok =>
                    Assert.Equal(target.Id, (await ok.ReadAsync<OrganizationView>()).Id));

                var email = $"{relation}-{role}@{label}.example".ToLowerInvariant();
                var patch = await client.PatchAsync($"/api/organizations/{target.Id}", Wire.Json($$"""{"contactEmail":"{{email}}"}"""));
                await CheckAsync(patch, expectedPatch[r], $"PATCH by {what}", absentPatch, mismatches, async ok =>
                    Assert.Equal(email, (await ok.ReadAsync<OrganizationView>()).ContactEmail));
            }
        }

        Assert.True(mismatches.Count == 0, "Answers that differ from the expected table:\n" + string.Join('\n', mismatches));
    }

    [Theory, BothProviders]
    public async Task The_organization_list_holds_exactly_the_profiles_the_caller_may_see(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        foreach (var (organization, callers) in world.Callers)
        {
            foreach (var role in Roles)
            {
                using var client = world.Host.Client(callers[role]);
                var listed = await (await client.GetAsync("/api/organizations")).ReadAsync<List<OrganizationView>>();
                Assert.True(
                    ExpectedLists[organization].Order(StringComparer.Ordinal).SequenceEqual(listed.Select(o => o.Name).Order(StringComparer.Ordinal)),
                    $"{role} of {organization} sees [{string.Join(", ", listed.Select(o => o.Name))}], expected [{string.Join(", ", ExpectedLists[organization])}]");
            }
        }
    }

    [Theory, BothProviders]
    public async Task A_profile_cannot_be_enrolled_as_TLP_RED(DatabaseProvider provider)
    {
        var host = (await worlds.For(provider)).Host;
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        var response = await staff.PostAsync("/api/organizations", Wire.Json("""
            {"name":"Red Co","kind":"maintainer","tlp":"TLP:RED","firstAdmin":{"displayName":"Rita","email":"rita@red.example"}}
            """));

        var (problem, _) = await response.ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.NotNull(problem.Errors);
        Assert.Contains("tlp", problem.Errors.Keys);
        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    /// <summary>A token for every role of the organization: its enrolled admin's, and new members' for the others.</summary>
    private static async Task<Dictionary<MemberRole, string>> CallersAsync(ClearinghouseHost host, EnrolmentView organization)
    {
        var callers = new Dictionary<MemberRole, string> { [MemberRole.Admin] = organization.AdminToken.Secret };
        foreach (var role in Roles.Where(r => r != MemberRole.Admin))
        {
            callers[role] = (await host.AddMemberAsync(organization.Organization.Id, role, organization.AdminToken.Secret)).Token;
        }

        return callers;
    }

    /// <summary>The 404s for an id that exists nowhere: an invisible organization must be answered exactly so.</summary>
    private static async Task<(ProblemView Get, ProblemView Patch)> NonexistentAnswersAsync(ClearinghouseHost host)
    {
        using var staff = host.Client(host.StaffToken);
        var (get, _) = await (await staff.GetAsync($"/api/organizations/{Nonexistent}")).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        var (patch, _) = await (await staff.PatchAsync($"/api/organizations/{Nonexistent}", Wire.Json("""{"contactEmail":"x@y.org"}""")))
            .ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        return (get, patch);
    }

    private static async Task CheckAsync(
        HttpResponseMessage response, int expected, string what, ProblemView absent, List<string> mismatches, Func<HttpResponseMessage, Task> checkOk)
    {
        using (response)
        {
            if ((int)response.StatusCode != expected)
            {
                mismatches.Add($"{what}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return;
            }

            switch (expected)
            {
                case Ok:
                    await checkOk(response);
                    break;
                case Forbidden:
                    await response.ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
                    break;
                default:
                    var (problem, _) = await response.ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
                    Assert.True(
                        (problem.Type, problem.Title, problem.Status, problem.Detail, problem.Errors) == (absent.Type, absent.Title, absent.Status, absent.Detail, absent.Errors),
                        $"{what}: the 404 differs from the one for an id that does not exist: {problem} vs {absent}");
                    break;
            }
        }
    }

    /// <summary>The organizations of the matrix, and a token for every role in each, keyed by organization name.</summary>
    public sealed record World(ClearinghouseHost Host, Dictionary<TlpLabel, EnrolmentView> Targets, Dictionary<string, Dictionary<MemberRole, string>> Callers);

    /// <summary>One server per provider, holding the staff organization, an outsider (AMBER) and one target per label.</summary>
    public sealed class Worlds : IAsyncLifetime
    {
        private readonly SharedHosts hosts = new();
        private readonly Dictionary<DatabaseProvider, Task<World>> worlds = [];

        public Task<World> For(DatabaseProvider provider)
        {
            lock (worlds)
            {
                if (!worlds.TryGetValue(provider, out var world))
                {
                    worlds[provider] = world = BuildAsync(provider);
                }

                return world;
            }
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public Task DisposeAsync() => hosts.DisposeAsync();

        private async Task<World> BuildAsync(DatabaseProvider provider)
        {
            var host = await hosts.For(provider);
            Assert.Equal(StaffName, host.Staff.Organization.Name);
            var callers = new Dictionary<string, Dictionary<MemberRole, string>>
            {
                [StaffName] = await CallersAsync(host, host.Staff),
                [OutsiderName] = await CallersAsync(host, await host.EnrolAsync(OutsiderName, OrganizationKind.FederalAgency, TlpLabel.Amber)),
            };
            var targets = new Dictionary<TlpLabel, EnrolmentView>();
            foreach (var (label, name) in TargetNames)
            {
                targets[label] = await host.EnrolAsync(name, OrganizationKind.Maintainer, label);
                Assert.Equal(label, targets[label].Organization.Tlp);
                callers[name] = await CallersAsync(host, targets[label]);
            }

            return new World(host, targets, callers);
        }
    }
}
