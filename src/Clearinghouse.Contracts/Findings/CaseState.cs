namespace Clearinghouse.Contracts.Findings;

/// <summary>Where a case is in its life, from intake to closing.</summary>
public enum CaseState
{
    /// <summary>Just opened from a finding; nobody has looked yet.</summary>
    New,

    /// <summary>An analyst is triaging it.</summary>
    Triage,

    /// <summary>Being reproduced in the sandbox or checked by an analyst.</summary>
    Verifying,

    /// <summary>Shown to be real, by reproduction or by an analyst's verdict.</summary>
    Validated,

    /// <summary>Not taken further; the rejection reason says why.</summary>
    Rejected,

    /// <summary>Disclosure is being coordinated with the maintainers.</summary>
    Coordinating,

    /// <summary>The maintainers have fixed it.</summary>
    Fixed,

    /// <summary>An advisory has been published.</summary>
    Published,

    /// <summary>Nothing more to do.</summary>
    Closed,
}

/// <summary>Why a case was rejected.</summary>
public enum RejectionReason
{
    /// <summary>It is the same vulnerability as another case.</summary>
    Duplicate,

    /// <summary>It is not a vulnerability.</summary>
    Invalid,

    /// <summary>The reproduction did not show it, and no analyst could.</summary>
    NotReproducible,

    /// <summary>It concerns something the clearinghouse does not coordinate.</summary>
    OutOfScope,

    /// <summary>It is an already published vulnerability.</summary>
    Known,

    /// <summary>It no longer reproduces on the current head or fixed version: already fixed.</summary>
    AlreadyFixed,
}

/// <summary>How a finding came to be in its case.</summary>
public enum FindingRelation
{
    /// <summary>The finding opened the case.</summary>
    Opened,

    /// <summary>Another report of the same vulnerability, from any reporter; it raises confidence.</summary>
    Corroborates,
}

/// <summary>What intake did with one submitted finding.</summary>
public enum IntakeOutcome
{
    /// <summary>A new case was opened for it.</summary>
    NewCase,

    /// <summary>It joined the case of the same vulnerability, reported before.</summary>
    JoinedCase,

    /// <summary>The same reporter had already submitted exactly this finding; nothing was created.</summary>
    AlreadySubmitted,
}
