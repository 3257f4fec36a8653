using Microsoft.Extensions.Logging;

namespace Clearinghouse.Participants;

internal static partial class ParticipantsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} enrolled as {Kind}")]
    public static partial void Enrolled(ILogger logger, OrganizationId organizationId, Contracts.Participants.OrganizationKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} left the clearinghouse; {Tokens} tokens revoked")]
    public static partial void Left(ILogger logger, OrganizationId organizationId, int tokens);
}
