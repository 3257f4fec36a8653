namespace Clearinghouse.Standards.Sarif;

/// <summary>The steps one thread took through the code (§3.37).</summary>
/// <param name="Id">The thread flow's id, if given.</param>
/// <param name="Message">A description, if given.</param>
/// <param name="Locations">The steps, in order.</param>
public sealed record SarifThreadFlow(string? Id, SarifMessage? Message, IReadOnlyList<SarifThreadFlowLocation> Locations);
