using System.Net;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Exposure;

/// <summary>
/// Scope 5 of issue 7: the clearinghouse's figures by sector and by state, which every member may read, reveal no single
/// operator's data: a group fewer than k (3) organizations stand behind is suppressed, and says so.
/// </summary>
public sealed class ExposureFiguresTests
{
    [Theory, BothProviders]
    public async Task Groups_of_fewer_than_three_organizations_are_suppressed_and_no_member_learns_another_operators_counts(DatabaseProvider provider)
    {
        await using var host = new ClearinghouseHost(provider, ExposureWorld.Settings());
        await host.InitializeAsync();
        using var staff = host.Client(host.StaffToken);

        // Three hospitals in Vermont, two water utilities in New Hampshire, one power company in Maine.
        var hospitals = new List<EnrolmentView>();
        foreach (var name in new[] { "Valley Hospital", "Ridge Hospital", "Lake Hospital" })
        {
            hospitals.Add(await ExposureWorld.OperatorAsync(host, name, Sector.Healthcare, "VT"));
        }

        var water = new[] { await ExposureWorld.OperatorAsync(host, "North Water", Sector.Water, "NH"), await ExposureWorld.OperatorAsync(host, "South Water", Sector.Water, "NH") };
        var power = await ExposureWorld.OperatorAsync(host, "Coast Power", Sector.Energy, "ME");
        foreach (var organization in hospitals)
        {
            using var member = host.Client(organization.AdminToken.Secret);
            await ExposureWorld.AssetAsync(member, "EHR server", false, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "pkg:npm/left-pad@1.1.0");
        }

        foreach (var organization in water.Append(power))
        {
            using var member = host.Client(organization.AdminToken.Secret);
            await ExposureWorld.AssetAsync(member, "SCADA historian", false, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
        }

        await ExposureWorld.ImportAsync(staff, ExposureWorld.Log4Shell);
        await ExposureWorld.ImportAsync(staff, ExposureWorld.Minor);
        await ExposureWorld.ImportAsync(staff, ExposureWorld.Kev);

        // The hospitals fix Log4Shell after 2, 4 and 6 days.
        for (var i = 0; i < hospitals.Count; i++)
        {
            host.Clock.Advance(TimeSpan.FromDays(2));
            using var member = host.Client(hospitals[i].AdminToken.Secret);
            var log4j = Assert.Single(await (await member.GetAsync("/api/exposure/queue")).ReadAsync<List<ExposureView>>(), e => e.KnownExploited);
            await (await member.PostJsonAsync($"/api/exposure/exposures/{log4j.Id}/status", new ExposureStatusRequest { Status = ExposureStatus.Fixed })).ReadAsync<List<ExposureStatusChangeView>>();
        }

        // One of the water utilities asks.
        using var north = host.Client(water[0].AdminToken.Secret);
        var response = await north.GetAsync("/api/exposure/figures");
        var body = await response.Content.ReadAsStringAsync();
        var figures = await response.ReadAsync<ExposureFiguresView>();
        Assert.Equal(3, figures.MinimumOrganizations);

        Assert.Equal(6, figures.Overall.Organizations.Value);
        Assert.Equal(6, figures.Overall.OpenExposures.Value);
        Assert.Equal(3, figures.Overall.OverdueExposures.Value);
        Assert.Equal(3, figures.Overall.RemediatedExposures.Value);
        Assert.Equal(4.0, figures.Overall.MedianDaysToRemediate.Value);

        var healthcare = Assert.Single(figures.BySector, r => r.Group == "healthcare");
        Assert.Equal((3.0, 3.0, 3.0, 4.0), (healthcare.Organizations.Value, healthcare.OpenExposures.Value, healthcare.RemediatedExposures.Value, healthcare.MedianDaysToRemediate.Value));

        // The two water utilities (and the lone power company) are a suppressed group, marked as such, not left out.
        var waterRow = Assert.Single(figures.BySector, r => r.Group == "water");
        foreach (var figure in new[] { waterRow.Organizations, waterRow.OpenExposures, waterRow.OverdueExposures })
        {
            Assert.True(figure.Suppressed);
            Assert.Null(figure.Value);
            Assert.Contains("suppressed", figure.Note, StringComparison.Ordinal);
        }

        Assert.True(Assert.Single(figures.BySector, r => r.Group == "energy").OpenExposures.Suppressed);
        Assert.Equal(3, Assert.Single(figures.ByState, r => r.Group == "VT").OpenExposures.Value);
        Assert.True(Assert.Single(figures.ByState, r => r.Group == "NH").OpenExposures.Suppressed);

        // Nothing in the figures names or identifies another operator, and its queue and history stay closed to this one.
        Assert.All(hospitals.Append(water[1]).Append(power), o =>
        {
            Assert.DoesNotContain(o.Organization.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(o.Organization.Name, body, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/api/exposure/queue?organization={water[1].Organization.Id}")).StatusCode);

        // k is configurable. With k = 2 the lone power company is the only group withheld on its own, so the next smallest
        // (the two water utilities) is withheld with it: otherwise the total minus the others would give its count.
        await using var lenient = new ClearinghouseHost(provider, new Dictionary<string, string?>(ExposureWorld.Settings()) { ["Exposure:FiguresMinimumOrganizations"] = "2" }, host.Database);
        using var asStaff = lenient.Client(host.StaffToken);
        var waterAtTwo = Assert.Single((await (await asStaff.GetAsync("/api/exposure/figures")).ReadAsync<ExposureFiguresView>()).BySector, r => r.Group == "water");
        Assert.Null(waterAtTwo.OpenExposures.Value);
        Assert.Contains("cannot be worked out from the total", waterAtTwo.OpenExposures.Note, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single((await (await asStaff.GetAsync("/api/exposure/figures")).ReadAsync<ExposureFiguresView>()).BySector, r => r.Group == "healthcare").OpenExposures.Value);
    }
}
