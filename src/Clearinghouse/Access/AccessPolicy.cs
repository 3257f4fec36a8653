using System.Linq.Expressions;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Access;

/// <summary>
/// The one place that decides who may see and change what. Endpoints ask it; they never re-implement its rules.
/// <para>Visibility follows FIRST TLP 2.0, with the clearinghouse as the community and its staff as a recipient of every
/// record submitted to it:</para>
/// <list type="bullet">
/// <item>TLP:CLEAR and TLP:GREEN: every member of every participating organization (CLEAR may also be published).</item>
/// <item>TLP:AMBER and TLP:AMBER+STRICT: the owning organization, the organizations the record was shared with, and clearinghouse staff.
/// (The two differ in what a recipient may pass on, which is the sharing use cases' concern, not visibility's.)</item>
/// <item>TLP:RED: only the author and the members it was addressed to by name; not their organizations, not staff.</item>
/// </list>
/// <para>What a visible record allows depends on the role: viewers only read; submitters change what they wrote;
/// analysts change records of their organization (staff analysts: any they see); administrators also administer
/// their own organization's records (staff administrators: any they see).</para>
/// <para>Marked records (frontier models, docs/adr/013) add need-to-know beyond TLP: a government member (federal agency or
/// clearinghouse staff) sees one only with a clearance of at least its level, read into every compartment and in every
/// need-to-know group; any other organization sees only what it originated or what was released to it, and only while
/// the marking is releasable (at most CUI, neither NOFORN nor ORCON). UNCLASSIFIED without controls or groups (the public
/// tier of the benchmark catalogue) is open to every participant.</para>
/// </summary>
public static class AccessPolicy
{
    public static bool CanRead(Principal caller, Sharing record)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Label == TlpLabel.Red)
        {
            return record.AuthorMemberId == caller.MemberId || (record.RecipientMembers?.Contains(caller.MemberId) ?? false);
        }

        return record.Label is TlpLabel.Clear or TlpLabel.Green
            || caller.OrganizationId == record.Owner
            || caller.IsStaff
            || (record.RecipientOrganizations?.Contains(caller.OrganizationId) ?? false);
    }

    public static Decision Decide(Principal caller, Sharing record, RecordAction action)
    {
        if (!CanRead(caller, record))
        {
            return Decision.NotVisible;
        }

        var owner = caller.OrganizationId == record.Owner;
        var author = record.AuthorMemberId == caller.MemberId;
        var allowed = action switch
        {
            RecordAction.Read => true,
            RecordAction.Update => caller.Role switch
            {
                MemberRole.Admin or MemberRole.Analyst => owner || caller.IsStaff,
                MemberRole.Submitter => author,
                _ => false,
            },
            RecordAction.Administer => caller.Role == MemberRole.Admin && (owner || caller.IsStaff),
            _ => false,
        };
        return allowed ? Decision.Allowed : Decision.Forbidden;
    }

    /// <summary>
    /// Managing a member's tokens: the member itself, its organization's administrators, or staff administrators.
    /// Anyone else in the member's organization is refused (403); outside it the member is not visible (404).
    /// </summary>
    public static Decision DecideCredentials(Principal caller, Member member)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(member);
        if (!CanRead(caller, member.Sharing))
        {
            return Decision.NotVisible;
        }

        return caller.MemberId == member.Id || (caller.Role == MemberRole.Admin && (caller.OrganizationId == member.OrganizationId || caller.IsStaff))
            ? Decision.Allowed
            : Decision.Forbidden;
    }

    /// <summary>The TLP rule of <see cref="CanRead"/> as a query filter, for records without recipient lists (organization profiles).</summary>
    public static Expression<Func<Organization, bool>> ReadableOrganizations(Principal caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var me = caller.OrganizationId;
        var staff = caller.IsStaff;
        return o => o.Tlp != TlpLabel.Red && (o.Tlp == TlpLabel.Clear || o.Tlp == TlpLabel.Green || o.Id == me || staff);
    }

    /// <summary>
    /// The rule of <see cref="CanRead"/> for cases as a query filter: a case's source is its first reporter and every
    /// organization that reported it is a recipient; staff see every case; TLP:RED is never used for findings.
    /// </summary>
    public static Expression<Func<Findings.VulnerabilityCase, bool>> ReadableCases(Principal caller, IQueryable<Findings.Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var me = caller.OrganizationId;
        var staff = caller.IsStaff;
        return c => staff || c.Tlp == TlpLabel.Clear || c.Tlp == TlpLabel.Green || findings.Any(f => f.CaseId == c.Id && f.OrganizationId == me);
    }

    /// <summary>Submitting findings is for members who may write: submitters, analysts and administrators, not viewers.</summary>
    public static bool CanSubmit(Principal caller) => caller is { Role: MemberRole.Submitter or MemberRole.Analyst or MemberRole.Admin };

    /// <summary>Only clearinghouse administrators enrol organizations and read the whole audit trail.</summary>
    public static bool IsStaffAdministrator(Principal caller) => caller is { IsStaff: true, Role: MemberRole.Admin };

    /// <summary>Clearinghouse administrators and analysts: the staff who work across organizations.</summary>
    public static bool IsStaffAnalyst(Principal caller) => caller is { IsStaff: true, Role: MemberRole.Admin or MemberRole.Analyst };

    /// <summary>Registering scan campaigns, claiming assets and reporting coverage: members who may write (not viewers).</summary>
    public static bool CanRegisterScans(Principal caller) => CanSubmit(caller);

    /// <summary>Consenting to active scanning of an organization's assets, or revoking consent: its administrators only.</summary>
    public static bool CanGrantScanConsent(Principal caller, OrganizationId owner) =>
        caller is { Role: MemberRole.Admin } && caller.OrganizationId == owner;

    /// <summary>Declaring or lifting an organization's scan blackouts: its administrators and analysts (its security team).</summary>
    public static bool CanDeclareBlackout(Principal caller, OrganizationId owner) =>
        caller is { Role: MemberRole.Admin or MemberRole.Analyst } && caller.OrganizationId == owner;

    /// <summary>
    /// Scan records of an organization (its assets, campaigns, consents, blackouts, and who scans its assets): visible to
    /// that organization and to clearinghouse staff only. A who-is look-up answers only about assets the caller's
    /// organization owns (staff: any), so it never tells a stranger who is scanning whom.
    /// </summary>
    public static bool CanSeeScanRecords(Principal caller, OrganizationId owner) => caller.OrganizationId == owner || caller.IsStaff;

    /// <summary>
    /// An organization's inventories and exposures are need-to-know: its own members read them, and clearinghouse staff
    /// analysts (who answer operators' questions and check directives); no other organization, whatever its role.
    /// </summary>
    public static bool CanReadExposures(Principal caller, OrganizationId organization) =>
        caller.OrganizationId == organization || IsStaffAnalyst(caller);

    /// <summary>Uploading inventories, recording remediation status and managing assets: the organization's own writers, not viewers, not staff.</summary>
    public static bool CanManageExposures(Principal caller, OrganizationId organization) =>
        caller.OrganizationId == organization && CanSubmit(caller);

    /// <summary>Where exposure events are sent is the organization administrators' decision.</summary>
    public static bool CanManageWebhooks(Principal caller, OrganizationId organization) =>
        caller.OrganizationId == organization && caller.Role == MemberRole.Admin;

    /// <summary>Importing advisory feeds into the knowledge base: clearinghouse analysts and administrators.</summary>
    public static bool CanImportFeeds(Principal caller) => IsStaffAnalyst(caller);

    /// <summary>Issuing, amending and withdrawing directives: clearinghouse analysts and administrators (Sec. 2(c) directives are the clearinghouse's).</summary>
    public static bool CanIssueDirectives(Principal caller) => IsStaffAnalyst(caller);

    /// <summary>Federal agencies and the clearinghouse's staff: the members a clearance can be assigned to.</summary>
    public static bool IsGovernment(Principal caller) => caller is { OrganizationKind: OrganizationKind.FederalAgency or OrganizationKind.ClearinghouseStaff };

    public static bool CanReadMarked(Principal caller, Clearance? clearance, MarkedSharing record)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Marking.IsPublic)
        {
            return true;
        }

        if (IsGovernment(caller))
        {
            return clearance?.Admits(record.Marking) ?? false;
        }

        return record.Marking.Releasable
            && (caller.OrganizationId == record.Originator || (record.ReleasedTo?.Contains(caller.OrganizationId) ?? false));
    }

    /// <summary>
    /// <see cref="CanReadMarked"/> as a query predicate over a list of marked records, so a list is filtered in SQL, not
    /// after loading. Stored markings are canonical text and few (one per combination in use), so each distinct one is
    /// decided here by <see cref="CanReadMarked"/> itself, once as if someone else originated it and once as the
    /// caller's own; the predicate is then "marking in the first set, or originated by the caller and marking in the
    /// second". The rule stays in one place; the query only carries its answers. Lists carry no release lists, so
    /// released records are not considered here (their endpoints check them one by one).
    /// </summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="clearance">The caller's clearance, if any.</param>
    /// <param name="storedMarkings">The distinct stored markings of the list's table.</param>
    public static Expression<Func<T, bool>> ReadableMarked<T>(Principal caller, Clearance? clearance, IEnumerable<string> storedMarkings)
        where T : class, IMarkedRecord
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(storedMarkings);
        var someoneElse = new OrganizationId(Guid.Empty);
        var everyone = new List<string>();
        var originated = new List<string>();
        foreach (var stored in storedMarkings.Distinct(StringComparer.Ordinal))
        {
            var marking = Marking.Decode(stored);
            if (caller.OrganizationId != someoneElse && CanReadMarked(caller, clearance, new MarkedSharing(someoneElse, marking)))
            {
                everyone.Add(stored);
            }
            else if (CanReadMarked(caller, clearance, new MarkedSharing(caller.OrganizationId, marking)))
            {
                originated.Add(stored);
            }
        }

        var organization = caller.OrganizationId;
        return r => everyone.Contains(r.Marking) || (r.OrganizationId == organization && originated.Contains(r.Marking));
    }

    /// <summary>
    /// The role rules of <see cref="Decide(Principal, Sharing, RecordAction)"/> on a marked record the caller may see, with the
    /// government in the place of staff: analysts and administrators of the originator or of the government change it,
    /// submitters change what their organization originated, administrators administer.
    /// </summary>
    public static Decision DecideMarked(Principal caller, Clearance? clearance, MarkedSharing record, RecordAction action)
    {
        if (!CanReadMarked(caller, clearance, record))
        {
            return Decision.NotVisible;
        }

        var originator = caller.OrganizationId == record.Originator;
        var government = IsGovernment(caller);
        var allowed = action switch
        {
            RecordAction.Read => true,
            RecordAction.Update => caller.Role switch
            {
                MemberRole.Admin or MemberRole.Analyst => originator || government,
                MemberRole.Submitter => originator,
                _ => false,
            },
            RecordAction.Administer => caller.Role == MemberRole.Admin && (originator || government),
            _ => false,
        };
        return allowed ? Decision.Allowed : Decision.Forbidden;
    }

    /// <summary>A duty in the frontier-model process: a government member who may write (not a viewer) and was assigned the duty.</summary>
    public static bool Holds(Principal caller, Clearance? clearance, FrontierDuty duty) =>
        IsGovernment(caller) && caller.Role != MemberRole.Viewer && (clearance?.Holds(duty) ?? false);

    /// <summary>Only what is at most CUI and neither NOFORN nor ORCON may be released outside the government.</summary>
    public static bool CanRelease(Marking marking) => marking?.Releasable ?? false;
}
