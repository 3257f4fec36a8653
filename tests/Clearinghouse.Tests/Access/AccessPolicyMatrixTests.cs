using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Tests.Access;

/// <summary>
/// The whole matrix of relation x role x label x action, against a table written out by hand from FIRST TLP 2.0 and the
/// role rules documented on <see cref="AccessPolicy"/>. Each cell is R (read only), U (read and update),
/// A (read, update and administer), a (read and administer, not update; never occurs) or - (not visible: 404).
/// </summary>
public sealed class AccessPolicyMatrixTests
{
    private static readonly OrganizationId Owner = new(Guid.Parse("00000000-0000-7000-8000-000000000001"));
    private static readonly OrganizationId Recipient = new(Guid.Parse("00000000-0000-7000-8000-000000000002"));
    private static readonly OrganizationId Other = new(Guid.Parse("00000000-0000-7000-8000-000000000003"));
    private static readonly OrganizationId Staff = new(Guid.Parse("00000000-0000-7000-8000-000000000004"));
    private static readonly MemberId Author = new(Guid.Parse("00000000-0000-7000-8000-0000000000a1"));
    private static readonly MemberId Named = new(Guid.Parse("00000000-0000-7000-8000-0000000000a2"));
    private static readonly MemberId Someone = new(Guid.Parse("00000000-0000-7000-8000-0000000000a3"));

    // Columns: CLEAR GREEN AMBER AMBER+STRICT RED. Rows per relation: admin, analyst, submitter, viewer.
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        // A member of the owning organization who did not write the record.
        ["owner"] = ["AAAA-", "UUUU-", "RRRR-", "RRRR-"],
        // The member who wrote it (in the owning organization).
        ["author"] = ["AAAAA", "UUUUU", "UUUUU", "RRRRR"],
        // A member of an organization the record was shared with.
        ["recipient-organization"] = ["RRRR-", "RRRR-", "RRRR-", "RRRR-"],
        // A member of another organization, named individually as a recipient.
        ["named-member"] = ["RR--R", "RR--R", "RR--R", "RR--R"],
        // A member of an unrelated participant organization.
        ["other"] = ["RR---", "RR---", "RR---", "RR---"],
        // Clearinghouse staff: the recipient of everything submitted, but not of TLP:RED unless named.
        ["staff"] = ["AAAA-", "UUUU-", "RRRR-", "RRRR-"],
        // Clearinghouse staff named individually.
        ["staff-named"] = ["AAAAA", "UUUUU", "RRRRR", "RRRRR"],
    };

    private static readonly MemberRole[] Roles = [MemberRole.Admin, MemberRole.Analyst, MemberRole.Submitter, MemberRole.Viewer];

    public static TheoryData<string, MemberRole, TlpLabel> Cells()
    {
        var data = new TheoryData<string, MemberRole, TlpLabel>();
        foreach (var relation in Expected.Keys)
        {
            foreach (var role in Roles)
            {
                foreach (var label in TlpLabels.All)
                {
                    data.Add(relation, role, label);
                }
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Cells))]
    public void Every_relation_role_and_label_gets_the_decision_the_table_gives(string relation, MemberRole role, TlpLabel label)
    {
        var cell = Expected[relation][Array.IndexOf(Roles, role)][TlpLabels.All.ToList().IndexOf(label)];
        var caller = Caller(relation, role);
        var record = new Sharing(Owner, Author, label, [Recipient], [Named]);

        var read = AccessPolicy.Decide(caller, record, RecordAction.Read);
        var update = AccessPolicy.Decide(caller, record, RecordAction.Update);
        var administer = AccessPolicy.Decide(caller, record, RecordAction.Administer);

        var (expectRead, expectUpdate, expectAdminister) = cell switch
        {
            '-' => (Decision.NotVisible, Decision.NotVisible, Decision.NotVisible),
            'R' => (Decision.Allowed, Decision.Forbidden, Decision.Forbidden),
            'U' => (Decision.Allowed, Decision.Allowed, Decision.Forbidden),
            'A' => (Decision.Allowed, Decision.Allowed, Decision.Allowed),
            _ => throw new InvalidOperationException($"unknown cell {cell}"),
        };
        Assert.Equal((expectRead, expectUpdate, expectAdminister), (read, update, administer));
        Assert.Equal(read == Decision.Allowed, AccessPolicy.CanRead(caller, record));
    }

    [Fact]
    public void The_table_covers_every_role_and_label()
    {
        Assert.All(Expected.Values, rows =>
        {
            Assert.Equal(Roles.Length, rows.Length);
            Assert.All(rows, row => Assert.Equal(TlpLabels.All.Count, row.Length));
        });
    }

    [Theory]
    [InlineData(MemberRole.Admin, true)]
    [InlineData(MemberRole.Analyst, false)]
    [InlineData(MemberRole.Submitter, false)]
    [InlineData(MemberRole.Viewer, false)]
    public void A_members_tokens_are_managed_by_itself_its_organizations_administrators_and_staff_administrators(MemberRole role, bool mayManageOthers)
    {
        var member = new Member { Id = Someone, OrganizationId = Owner, DisplayName = "m", Email = "m@example.org", Role = MemberRole.Viewer };

        Assert.Equal(Decision.Allowed, AccessPolicy.DecideCredentials(Principal(Someone, Owner, OrganizationKind.Maintainer, MemberRole.Viewer), member));
        Assert.Equal(mayManageOthers ? Decision.Allowed : Decision.Forbidden,
            AccessPolicy.DecideCredentials(Principal(Author, Owner, OrganizationKind.Maintainer, role), member));
        Assert.Equal(mayManageOthers ? Decision.Allowed : Decision.Forbidden,
            AccessPolicy.DecideCredentials(Principal(Named, Staff, OrganizationKind.ClearinghouseStaff, role), member));
        Assert.Equal(Decision.NotVisible, AccessPolicy.DecideCredentials(Principal(Named, Other, OrganizationKind.Maintainer, role), member));
    }

    private static Principal Caller(string relation, MemberRole role) => relation switch
    {
        "owner" => Principal(Someone, Owner, OrganizationKind.Maintainer, role),
        "author" => Principal(Author, Owner, OrganizationKind.Maintainer, role),
        "recipient-organization" => Principal(Someone, Recipient, OrganizationKind.CriticalInfrastructureOperator, role),
        "named-member" => Principal(Named, Other, OrganizationKind.ScannerOperator, role),
        "other" => Principal(Someone, Other, OrganizationKind.ScannerOperator, role),
        "staff" => Principal(Someone, Staff, OrganizationKind.ClearinghouseStaff, role),
        "staff-named" => Principal(Named, Staff, OrganizationKind.ClearinghouseStaff, role),
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    private static Principal Principal(MemberId member, OrganizationId organization, OrganizationKind kind, MemberRole role) =>
        new(member, organization, kind, role, new TokenId(Guid.Parse("00000000-0000-7000-8000-0000000000f1")));
}
