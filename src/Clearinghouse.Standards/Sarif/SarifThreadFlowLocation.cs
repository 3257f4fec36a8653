namespace Clearinghouse.Standards.Sarif;

/// <summary>One step of a thread flow (§3.38).</summary>
/// <param name="Location">Where the step is, if given.</param>
/// <param name="NestingLevel">The call depth, for display, if given.</param>
/// <param name="ExecutionOrder">The step's place in the order of execution across threads, if given.</param>
/// <param name="Importance">How important the step is: <c>important</c>, <c>essential</c> or <c>unimportant</c>, if given.</param>
public sealed record SarifThreadFlowLocation(SarifLocation? Location, int? NestingLevel, int? ExecutionOrder, string? Importance);
