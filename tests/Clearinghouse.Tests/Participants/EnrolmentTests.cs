using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Participants;

public sealed class EnrolmentTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task Enrolment_answers_201_with_the_organization_its_first_admin_and_a_token_that_works(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);

        var response = await staff.PostJsonAsync("/api/organizations", new EnrolOrganizationRequest
        {
            Name = "  Rural Water District  ",
            Kind = OrganizationKind.CriticalInfrastructureOperator,
            Sector = Sector.Water,
            SizeTier = SizeTier.Small,
            Tlp = TlpLabel.Green,
            ContactEmail = "soc@water.example",
            FirstAdmin = new NewMember { DisplayName = "Wanda Water", Email = "Wanda@Water.Example" },
        });
        var enrolment = await response.ReadAsync<EnrolmentView>(HttpStatusCode.Created);

        Assert.Equal($"/api/organizations/{enrolment.Organization.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Rural Water District", enrolment.Organization.Name);
        Assert.Equal(OrganizationKind.CriticalInfrastructureOperator, enrolment.Organization.Kind);
        Assert.Equal(Sector.Water, enrolment.Organization.Sector);
        Assert.Equal(SizeTier.Small, enrolment.Organization.SizeTier);
        Assert.Equal(TlpLabel.Green, enrolment.Organization.Tlp);
        Assert.Null(enrolment.Organization.LeftAt);
        Assert.Equal(enrolment.Organization.Id, enrolment.Admin.OrganizationId);
        Assert.Equal(MemberRole.Admin, enrolment.Admin.Role);
        Assert.Equal("wanda@water.example", enrolment.Admin.Email);
        Assert.Equal(enrolment.Admin.Id, enrolment.AdminToken.Token.MemberId);
        var secret = enrolment.AdminToken.Secret;
        Assert.StartsWith("chs_", secret, StringComparison.Ordinal);
        Assert.Equal(secret[..enrolment.AdminToken.Token.Prefix.Length], enrolment.AdminToken.Token.Prefix);

        using var admin = host.Client(secret);
        var me = await (await admin.GetAsync("/api/me")).ReadAsync<WhoAmIView>();
        Assert.Equal(enrolment.Admin.Id, me.Member.Id);
        Assert.Equal(enrolment.Organization.Id, me.Organization.Id);
        Assert.Equal(enrolment.AdminToken.Token.Id, me.TokenId);
    }

    [Theory, BothProviders]
    public async Task The_token_secret_is_stored_only_as_its_lower_hex_SHA_256(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var enrolment = await host.EnrolAsync("Secretive Labs", OrganizationKind.AiDeveloper);
        var secret = enrolment.AdminToken.Secret;

        await using var db = host.OpenDatabase();
        var row = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == Clearinghouse.Participants.TokenId.From(enrolment.AdminToken.Token.Id));
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        Assert.Equal(expectedHash, row.SecretHash);
        Assert.Matches("^[0-9a-f]{64}$", row.SecretHash);

        // Every row of every table, as text: neither the secret nor its random part appears anywhere.
        var everything = new StringBuilder();
        foreach (var o in await db.Organizations.AsNoTracking().ToListAsync())
        {
            everything.AppendLine(JsonSerializer.Serialize(o));
        }

        foreach (var m in await db.Members.AsNoTracking().ToListAsync())
        {
            everything.AppendLine(JsonSerializer.Serialize(m));
        }

        foreach (var t in await db.ApiTokens.AsNoTracking().ToListAsync())
        {
            everything.AppendLine(JsonSerializer.Serialize(t));
        }

        foreach (var e in await db.AuditEntries.AsNoTracking().ToListAsync())
        {
            everything.AppendLine(JsonSerializer.Serialize(e));
        }

        var dump = everything.ToString();
        Assert.Contains(row.SecretHash, dump, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, dump, StringComparison.Ordinal);
        Assert.DoesNotContain(secret["chs_".Length..], dump, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[..20], dump, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task An_operator_without_sector_and_size_tier_is_refused_with_400_naming_both_fields(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        var response = await staff.PostJsonAsync("/api/organizations", Enrolment("Nameless Grid", OrganizationKind.CriticalInfrastructureOperator));

        var (problem, _) = await response.ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.NotNull(problem.Errors);
        Assert.Contains("sector", problem.Errors.Keys);
        Assert.Contains("sizeTier", problem.Errors.Keys);
        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task A_maintainer_with_a_sector_is_refused_with_400(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        var response = await staff.PostJsonAsync("/api/organizations", Enrolment("Libfoo Project", OrganizationKind.Maintainer) with { Sector = Sector.Energy });

        var (problem, _) = await response.ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.NotNull(problem.Errors);
        Assert.Equal(["sector"], problem.Errors.Keys);
        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task A_second_clearinghouse_staff_organization_is_refused_with_422_domain_rule(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        var response = await staff.PostJsonAsync("/api/organizations", Enrolment("Shadow Staff", OrganizationKind.ClearinghouseStaff));

        await response.ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);
        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task A_first_admin_email_already_in_use_in_any_letter_case_is_refused_with_409(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);
        var email = $"dup-{provider}@Example.org";
        await host.EnrolAsync("Original Org", OrganizationKind.Maintainer, adminEmail: email);
        var before = await RowCounts.OfAsync(host);

        var response = await staff.PostJsonAsync("/api/organizations",
            Enrolment("Copycat Org", OrganizationKind.Maintainer) with { FirstAdmin = new NewMember { DisplayName = "Copy", Email = email.ToUpperInvariant() } });

        await response.ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task Only_a_staff_administrator_may_enrol(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var other = await host.EnrolAsync("Another Org", OrganizationKind.ScannerOperator, TlpLabel.Green);
        var (_, staffAnalyst) = await host.AddMemberAsync(host.Staff.Organization.Id, MemberRole.Analyst, host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        foreach (var token in new[] { other.AdminToken.Secret, staffAnalyst })
        {
            using var client = host.Client(token);
            var response = await client.PostJsonAsync("/api/organizations", Enrolment("Sneaky Org", OrganizationKind.Maintainer));
            await response.ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        }

        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task A_TLP_RED_profile_is_refused_with_400_naming_tlp(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        var response = await staff.PostJsonAsync("/api/organizations", Enrolment("Red Org", OrganizationKind.FederalAgency) with { Tlp = TlpLabel.Red });

        var (problem, _) = await response.ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.NotNull(problem.Errors);
        Assert.Contains("tlp", problem.Errors.Keys);
        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    private static EnrolOrganizationRequest Enrolment(string name, OrganizationKind kind) => new()
    {
        Name = name,
        Kind = kind,
        FirstAdmin = new NewMember { DisplayName = name + " admin", Email = $"{name.Replace(' ', '-').ToLowerInvariant()}@example.org" },
    };
}
