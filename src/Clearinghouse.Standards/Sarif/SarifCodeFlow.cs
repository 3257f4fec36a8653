namespace Clearinghouse.Standards.Sarif;

/// <summary>A path through the code that leads to a result (§3.36), one thread flow per thread.</summary>
/// <param name="Message">A description, if given.</param>
/// <param name="ThreadFlows">The thread flows.</param>
public sealed record SarifCodeFlow(SarifMessage? Message, IReadOnlyList<SarifThreadFlow> ThreadFlows);
