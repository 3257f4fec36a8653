using Clearinghouse.Contracts.Participants;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Participants;

/// <summary>The rules an organization's profile must satisfy, whether it is being enrolled or changed.</summary>
internal static class ProfileRules
{
    public static Dictionary<string, string[]> Check(OrganizationKind kind, Sector? sector, SizeTier? sizeTier, TlpLabel tlp)
    {
        var errors = new Dictionary<string, string[]>();
        var isOperator = kind == OrganizationKind.CriticalInfrastructureOperator;
        if (isOperator && sector is null)
        {
            errors["sector"] = ["A critical-infrastructure operator must name its sector (for example healthcare, water or financial)."];
        }

        if (isOperator && sizeTier is null)
        {
            errors["sizeTier"] = ["A critical-infrastructure operator must give its size tier (small, medium, large or national)."];
        }

        if (!isOperator && sector is not null)
        {
            errors["sector"] = ["Only critical-infrastructure operators have a sector."];
        }

        if (!isOperator && sizeTier is not null)
        {
            errors["sizeTier"] = ["Only critical-infrastructure operators have a size tier."];
        }

        if (tlp == TlpLabel.Red)
        {
            errors["tlp"] = ["An organization profile cannot be TLP:RED (that would hide it from its own organization); use TLP:AMBER+STRICT to limit it to the organization and the clearinghouse."];
        }

        return errors;
    }
}
