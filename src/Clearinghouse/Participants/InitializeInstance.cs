using Clearinghouse.Contracts.Participants;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

/// <summary>
/// <c>clearinghouse admin init</c>: on the server's own machine, creates the clearinghouse-staff organization and its
/// first administrator, and returns that administrator's token (shown once). Runs once per instance.
/// </summary>
public static class InitializeInstance
{
    public sealed record Outcome(EnrolmentView? Enrolment, string? Refusal);

    private const string AlreadyInitialized =
        "This instance is already initialized: it has a clearinghouse-staff organization. Staff administrators add members and issue tokens.";

    public static async Task<Outcome> RunAsync(ClearinghouseDb db, string organizationName, NewMember admin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(admin);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Organizations.AnyAsync(o => o.Kind == OrganizationKind.ClearinghouseStaff, ct))
        {
            return new Outcome(null, AlreadyInitialized);
        }

        var (organization, member, token, secret) = EnrolOrganization.Create(db, null, organizationName, OrganizationKind.ClearinghouseStaff,
            null, null, TlpLabel.Green, null, admin);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return new Outcome(null, AlreadyInitialized);
        }

        await transaction.CommitAsync(ct);
        return new Outcome(new EnrolmentView(organization.ToView(), member.ToView(), new IssuedTokenView(token.ToView(), secret)), null);
    }
}
