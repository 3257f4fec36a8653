using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Ssvc;

/// <summary>The SSVC assessments found in a CVE record, and the problems with any that could not be read.</summary>
public sealed class CveSsvcReadResult
{
    internal CveSsvcReadResult(IReadOnlyList<CveSsvcAssessment> assessments, IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        Assessments = assessments;
        Diagnostics = diagnostics;
    }

    /// <summary>Every assessment that read, in document order (CNA container first, then each ADP container).</summary>
    public IReadOnlyList<CveSsvcAssessment> Assessments { get; }

    /// <summary>One entry for each SSVC metric that was left out, with its JSON pointer and why; or why the record was not read.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics { get; }
}
