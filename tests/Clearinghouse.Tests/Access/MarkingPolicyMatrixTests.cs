using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;

namespace Clearinghouse.Tests.Access;

/// <summary>
/// Need-to-know beyond TLP (docs/adr/013): clearance x compartment x group x role x organization, for a classified record
/// (SECRET//SI, group fm-alpha) and a developer's proprietary one (CUI//PROPIN, group fm-alpha, released to a partner),
/// against tables written out by hand. A clearance cell is the level, "+SI" when read into SI, "+G" when in fm-alpha.
/// </summary>
public sealed class MarkingPolicyMatrixTests
{
    private static readonly OrganizationId Staff = Org(1);
    private static readonly OrganizationId Agency = Org(2);
    private static readonly OrganizationId Developer = Org(3);
    private static readonly OrganizationId Partner = Org(4);
    private static readonly OrganizationId OtherDeveloper = Org(5);

    private static readonly Marking Classified = Parse(new MarkingSpec { Level = ClassificationLevel.Secret, Compartments = ["SI"], Groups = ["fm-alpha"] });
    private static readonly Marking Proprietary = Parse(new MarkingSpec { Level = ClassificationLevel.ControlledUnclassified, CuiCategories = ["PROPIN"], Groups = ["fm-alpha"] });

    private static readonly string?[] Levels = [null, "U", "CUI", "C", "S", "TS"];

    /// <summary>The government clearances that see each record; every other clearance (and no clearance) sees nothing.</summary>
    private static readonly Dictionary<string, string[]> GovernmentSees = new()
    {
        ["classified"] = ["S+SI+G", "TS+SI+G"],
        ["proprietary"] = ["CUI+G", "CUI+SI+G", "C+G", "C+SI+G", "S+G", "S+SI+G", "TS+G", "TS+SI+G"],
    };

    private static readonly string[] Organizations = ["staff", "agency", "developer", "partner", "other-developer"];

    /// <summary>
    /// What each organization's members may do with a record they see, per role (admin, analyst, submitter, viewer): the
    /// originator's submitters change it too (the agency for the classified record, the developer for its own data).
    /// </summary>
    private static readonly Dictionary<string, string> RoleCells = new()
    {
        ["classified/staff"] = "AURR",
        ["classified/agency"] = "AUUR",
        ["proprietary/staff"] = "AURR",
        ["proprietary/agency"] = "AURR",
        ["proprietary/developer"] = "AUUR",
        ["proprietary/partner"] = "RRRR",
    };

    /// <summary>Which industry organizations see each record, whatever clearance row is tried (they hold none).</summary>
    private static readonly Dictionary<string, string[]> IndustrySees = new()
    {
        ["classified"] = [],
        ["proprietary"] = ["developer", "partner"],
    };

    private static readonly MemberRole[] Roles = [MemberRole.Admin, MemberRole.Analyst, MemberRole.Submitter, MemberRole.Viewer];

    public static TheoryData<string, string, string, MemberRole> Cells()
    {
        var data = new TheoryData<string, string, string, MemberRole>();
        foreach (var record in new[] { "classified", "proprietary" })
        {
            foreach (var level in Levels)
            {
                foreach (var compartment in new[] { "", "+SI" })
                {
                    foreach (var group in new[] { "", "+G" })
                    {
                        foreach (var organization in Organizations)
                        {
                            foreach (var role in Roles)
                            {
                                data.Add(record, level is null ? "none" + compartment + group : level + compartment + group, organization, role);
                            }
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Cells))]
    public void Every_clearance_compartment_group_role_and_organization_gets_the_decision_the_tables_give(string record, string clearanceCell, string organization, MemberRole role)
    {
        var sharing = record == "classified" ? new MarkedSharing(Agency, Classified) : new MarkedSharing(Developer, Proprietary, [Partner]);
        var government = organization is "staff" or "agency";
        var clearance = clearanceCell.StartsWith("none", StringComparison.Ordinal) ? null : Clearance(clearanceCell);
        var sees = government ? GovernmentSees[record].Contains(clearanceCell) : IndustrySees[record].Contains(organization);
        var cell = sees ? RoleCells[record + "/" + organization][Array.IndexOf(Roles, role)] : '-';
        var caller = Caller(organization, role);

        var decisions = (
            AccessPolicy.DecideMarked(caller, clearance, sharing, RecordAction.Read),
            AccessPolicy.DecideMarked(caller, clearance, sharing, RecordAction.Update),
            AccessPolicy.DecideMarked(caller, clearance, sharing, RecordAction.Administer));

        var expected = cell switch
        {
            '-' => (Decision.NotVisible, Decision.NotVisible, Decision.NotVisible),
            'R' => (Decision.Allowed, Decision.Forbidden, Decision.Forbidden),
            'U' => (Decision.Allowed, Decision.Allowed, Decision.Forbidden),
            'A' => (Decision.Allowed, Decision.Allowed, Decision.Allowed),
            _ => throw new InvalidOperationException($"unknown cell {cell}"),
        };
        Assert.Equal(expected, decisions);
        Assert.Equal(sees, AccessPolicy.CanReadMarked(caller, clearance, sharing));
    }

    [Theory, MemberData(nameof(Cells))]
    public void The_query_predicate_that_filters_lists_agrees_with_the_rule_in_every_cell(string record, string clearanceCell, string organization, MemberRole role)
    {
        // A list holds the record's marking from every originator, and a public record; lists carry no release lists.
        var marking = record == "classified" ? Classified : Proprietary;
        var clearance = clearanceCell.StartsWith("none", StringComparison.Ordinal) ? null : Clearance(clearanceCell);
        var caller = Caller(organization, role);
        var rows = new[] { Staff, Agency, Developer, Partner, OtherDeveloper }.Select(o => new Row(marking.Encode(), o))
            .Append(new Row(Parse(new MarkingSpec { Level = ClassificationLevel.Unclassified }).Encode(), Developer))
            .ToList();

        var predicate = AccessPolicy.ReadableMarked<Row>(caller, clearance, rows.Select(r => r.Marking)).Compile();

        Assert.All(rows, r => Assert.Equal(AccessPolicy.CanReadMarked(caller, clearance, new MarkedSharing(r.OrganizationId, Marking.Decode(r.Marking))), predicate(r)));
        Assert.Contains(rows, r => predicate(r));
    }

    private sealed record Row(string Marking, OrganizationId OrganizationId) : IMarkedRecord;

    [Theory]
    [InlineData("agency")]
    [InlineData("developer")]
    [InlineData("other-developer")]
    public void Unmarked_unclassified_records_are_open_to_every_participant_and_nothing_else_is_without_a_clearance(string organization)
    {
        var caller = Caller(organization, MemberRole.Viewer);
        var grouped = Parse(new MarkingSpec { Level = ClassificationLevel.Unclassified, Groups = ["fm-alpha"] });
        var controlled = Parse(new MarkingSpec { Level = ClassificationLevel.Unclassified, Dissemination = ["NOFORN"] });

        Assert.True(AccessPolicy.CanReadMarked(caller, null, new MarkedSharing(Agency, Marking.Unclassified)));
        Assert.False(AccessPolicy.CanReadMarked(caller, null, new MarkedSharing(Agency, grouped)));
        Assert.False(AccessPolicy.CanReadMarked(caller, null, new MarkedSharing(Agency, controlled)));
        Assert.False(AccessPolicy.CanReadMarked(caller, null, new MarkedSharing(Agency, Marking.Proprietary)));
    }

    [Theory]
    [InlineData("NOFORN")]
    [InlineData("ORCON")]
    public void A_NOFORN_or_ORCON_record_released_to_a_developer_stays_invisible_to_it(string control)
    {
        var marking = Parse(new MarkingSpec { Level = ClassificationLevel.ControlledUnclassified, CuiCategories = ["PROPIN"], Dissemination = [control] });

        Assert.False(AccessPolicy.CanReadMarked(Caller("developer", MemberRole.Admin), null, new MarkedSharing(Agency, marking, [Developer])));
        Assert.False(AccessPolicy.CanRelease(marking));
        Assert.True(AccessPolicy.CanRelease(Proprietary));
        Assert.False(AccessPolicy.CanRelease(Classified));
    }

    [Fact]
    public void Duties_belong_to_government_members_who_may_write()
    {
        var clearance = Clearance("S");
        clearance.Duties = "evaluator";

        Assert.True(AccessPolicy.Holds(Caller("agency", MemberRole.Analyst), clearance, FrontierDuty.Evaluator));
        Assert.False(AccessPolicy.Holds(Caller("agency", MemberRole.Analyst), clearance, FrontierDuty.DesignatingOfficial));
        Assert.False(AccessPolicy.Holds(Caller("agency", MemberRole.Viewer), clearance, FrontierDuty.Evaluator));
        Assert.False(AccessPolicy.Holds(Caller("developer", MemberRole.Admin), clearance, FrontierDuty.Evaluator));
        Assert.False(AccessPolicy.Holds(Caller("agency", MemberRole.Admin), null, FrontierDuty.Evaluator));
    }

    private static Clearance Clearance(string cell)
    {
        var level = cell.Split('+')[0] switch
        {
            "U" => ClassificationLevel.Unclassified,
            "CUI" => ClassificationLevel.ControlledUnclassified,
            "C" => ClassificationLevel.Confidential,
            "S" => ClassificationLevel.Secret,
            _ => ClassificationLevel.TopSecret,
        };
        return new Clearance
        {
            MemberId = new MemberId(Guid.Parse("00000000-0000-7000-8000-0000000000a1")),
            Level = level,
            Compartments = cell.Contains("+SI", StringComparison.Ordinal) ? "SI" : "",
            NeedToKnowGroups = cell.Contains("+G", StringComparison.Ordinal) ? "fm-alpha" : "",
        };
    }

    private static Principal Caller(string organization, MemberRole role)
    {
        var (id, kind) = organization switch
        {
            "staff" => (Staff, OrganizationKind.ClearinghouseStaff),
            "agency" => (Agency, OrganizationKind.FederalAgency),
            "developer" => (Developer, OrganizationKind.AiDeveloper),
            "partner" => (Partner, OrganizationKind.CriticalInfrastructureOperator),
            _ => (OtherDeveloper, OrganizationKind.AiDeveloper),
        };
        return new Principal(new MemberId(Guid.Parse("00000000-0000-7000-8000-0000000000b1")), id, kind, role, new TokenId(Guid.Parse("00000000-0000-7000-8000-0000000000f1")));
    }

    private static Marking Parse(MarkingSpec spec) => Marking.From(spec, out var error) ?? throw new InvalidOperationException(error);

    private static OrganizationId Org(int n) => new(Guid.Parse($"00000000-0000-7000-8000-00000000000{n}"));
}
