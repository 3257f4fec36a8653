using System.ComponentModel.DataAnnotations;

namespace Clearinghouse.Contracts.Findings;

/// <summary>Moves a case to another state (clearinghouse analysts). A case becomes validated only by reproduction or by analysts' verdicts.</summary>
public sealed record CaseTransitionRequest
{
    /// <summary>The state to move to.</summary>
    public required CaseState To { get; init; }

    /// <summary>Why, when the case is rejected.</summary>
    public RejectionReason? Reason { get; init; }

    /// <summary>For a duplicate: the number or id of the case it duplicates.</summary>
    [StringLength(100)]
    public string? DuplicateOf { get; init; }

    /// <summary>What the analyst saw; kept with the case's history.</summary>
    [Required, StringLength(10_000, MinimumLength = 3)]
    public required string Note { get; init; }

    /// <summary>Coordinate although the SSVC coordinator triage decided decline or track; the note says why.</summary>
    public bool OverrideTriage { get; init; }
}

/// <summary>What an analyst learned about the suppliers of a case: inputs of the coordinator triage decision.</summary>
public sealed record CaseSuppliersRequest
{
    /// <summary>More than one supplier must fix it (a vendored copy, a fork, a shared protocol).</summary>
    public required bool MultipleSuppliers { get; init; }

    /// <summary>The supplier does not respond to contact.</summary>
    public required bool Unresponsive { get; init; }

    /// <summary>How the analyst knows; kept with the case's history.</summary>
    [Required, StringLength(10_000, MinimumLength = 3)]
    public required string Note { get; init; }
}

/// <summary>An analyst's verdict on whether a case is a real vulnerability, with the evidence for it.</summary>
public sealed record CaseVerdictRequest
{
    /// <summary>True: it is real (the case is validated); false: it is not (the case is rejected as invalid).</summary>
    public required bool Valid { get; init; }

    /// <summary>The evidence: what the analyst did and saw.</summary>
    [Required, StringLength(10_000, MinimumLength = 10)]
    public required string Evidence { get; init; }
}

/// <summary>An analyst's verdict as recorded.</summary>
/// <param name="MemberId">The analyst.</param>
/// <param name="Valid">Real or not.</param>
/// <param name="Evidence">What the analyst did and saw.</param>
/// <param name="GivenAt">When.</param>
public sealed record VerdictView(Guid MemberId, bool Valid, string Evidence, DateTimeOffset GivenAt);

/// <summary>The case after a verdict, and whether it now waits for a second analyst (critical-severity cases need two who agree).</summary>
/// <param name="Case">The case.</param>
/// <param name="AwaitingSecondAnalyst">True when this verdict is recorded but a second analyst must agree before the case changes state.</param>
/// <param name="Verdicts">Every verdict given on the case, oldest first.</param>
public sealed record VerdictResult(CaseView Case, bool AwaitingSecondAnalyst, IReadOnlyList<VerdictView> Verdicts);
