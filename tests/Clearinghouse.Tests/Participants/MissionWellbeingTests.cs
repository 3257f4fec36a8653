using System.Net;
using System.Net.Http.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;

namespace Clearinghouse.Tests.Participants;

/// <summary>An operator's SSVC Mission and Well-Being Impact: derived from sector and size tier, or set by the organization (issue 3).</summary>
public sealed class MissionWellbeingTests
{
    [Theory, BothProviders]
    public async Task A_small_hospital_is_high_by_default_can_set_its_own_value_and_can_return_to_the_default(DatabaseProvider provider)
    {
        await using var host = await new ClearinghouseHost(provider).InitializeAsync();
        var hospital = await host.EnrolAsync("Valley Regional Hospital", OrganizationKind.CriticalInfrastructureOperator);
        using var admin = host.Client(hospital.AdminToken.Secret);

        Assert.Equal(MissionWellbeingSetting.Derived, hospital.Organization.MissionWellbeingSetting);
        Assert.Equal(MissionWellbeing.High, hospital.Organization.MissionWellbeing);
        Assert.Contains("healthcare, small", hospital.Organization.MissionWellbeingReason, StringComparison.Ordinal);

        var set = await Patch(admin, hospital.Organization.Id, new UpdateOrganizationRequest { MissionWellbeing = MissionWellbeingSetting.Medium });
        Assert.Equal((MissionWellbeingSetting.Medium, MissionWellbeing.Medium), (set.MissionWellbeingSetting, set.MissionWellbeing));
        Assert.StartsWith("set by the organization to Medium", set.MissionWellbeingReason, StringComparison.Ordinal);

        var derived = await Patch(admin, hospital.Organization.Id, new UpdateOrganizationRequest { MissionWellbeing = MissionWellbeingSetting.Derived });
        Assert.Equal((MissionWellbeingSetting.Derived, MissionWellbeing.High), (derived.MissionWellbeingSetting, derived.MissionWellbeing));
    }

    [Theory, BothProviders]
    public async Task An_organization_that_is_not_an_operator_has_none_unless_it_sets_one(DatabaseProvider provider)
    {
        await using var host = await new ClearinghouseHost(provider).InitializeAsync();
        var maintainer = await host.EnrolAsync("libexample", OrganizationKind.Maintainer);
        using var admin = host.Client(maintainer.AdminToken.Secret);

        Assert.Null(maintainer.Organization.MissionWellbeing);
        Assert.Null(maintainer.Organization.MissionWellbeingReason);
        var set = await Patch(admin, maintainer.Organization.Id, new UpdateOrganizationRequest { MissionWellbeing = MissionWellbeingSetting.Low });
        Assert.Equal(MissionWellbeing.Low, set.MissionWellbeing);
    }

    [Fact]
    public async Task An_unknown_setting_is_refused_with_the_accepted_names()
    {
        await using var host = await new ClearinghouseHost(DatabaseProvider.Sqlite).InitializeAsync();
        var hospital = await host.EnrolAsync("Valley Regional Hospital", OrganizationKind.CriticalInfrastructureOperator);
        using var admin = host.Client(hospital.AdminToken.Secret);

        using var response = await admin.PatchAsync($"/api/organizations/{hospital.Organization.Id}",
            new StringContent("""{"missionWellbeing":"extreme"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("missionWellbeing", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<OrganizationView> Patch(HttpClient client, Guid id, UpdateOrganizationRequest request)
    {
        using var response = await client.PatchAsJsonAsync($"/api/organizations/{id}", request, ContractJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<OrganizationView>(ContractJson.Options))!;
    }
}
