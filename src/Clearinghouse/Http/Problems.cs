using Clearinghouse.Access;
using Clearinghouse.Contracts.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Http;

/// <summary>The problem+json answers of domain rules, each with its type from <see cref="ProblemTypes"/>.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what) =>
        Make(StatusCodes.Status404NotFound, "Not found", ProblemTypes.NotFound, $"No {what} with that id is visible to you.");

    public static ProblemHttpResult Forbidden(string detail) =>
        Make(StatusCodes.Status403Forbidden, "Forbidden", ProblemTypes.Forbidden, detail);

    public static ProblemHttpResult Conflict(string detail) =>
        Make(StatusCodes.Status409Conflict, "Conflict", ProblemTypes.Conflict, detail);

    public static ProblemHttpResult OrganizationHasLeft(string name) =>
        Make(StatusCodes.Status409Conflict, "Organization has left", ProblemTypes.OrganizationHasLeft,
            $"{name} has left the clearinghouse; its records are kept but no longer change.");

    public static ProblemHttpResult LastAdministrator(string name) =>
        Make(StatusCodes.Status409Conflict, "Last administrator", ProblemTypes.LastAdministrator,
            $"This would leave {name} without an active administrator; add or promote another administrator first.");

    public static ProblemHttpResult DomainRule(string detail) =>
        Make(StatusCodes.Status422UnprocessableEntity, "Not allowed by the clearinghouse's rules", ProblemTypes.DomainRule, detail);

    /// <summary>The answer to a policy decision other than <see cref="Decision.Allowed"/>.</summary>
    public static ProblemHttpResult For(Decision decision, string what, string forbiddenDetail) => decision switch
    {
        Decision.NotVisible => NotFound(what),
        Decision.Forbidden => Forbidden(forbiddenDetail),
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "An allowed request has no problem."),
    };

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, type: ProblemTypes.Validation,
            title: "The request has invalid fields");

    private static ProblemHttpResult Make(int status, string title, string type, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type);
}
