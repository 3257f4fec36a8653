namespace Clearinghouse.Standards.Sarif;

/// <summary>A SARIF message object (§3.11) as written in the log.</summary>
/// <param name="Text">Plain text, if given.</param>
/// <param name="Markdown">Markdown text, if given.</param>
/// <param name="Id">The id of a message string in the rule's <c>messageStrings</c>, if given.</param>
/// <param name="Arguments">The values for the <c>{0}</c>, <c>{1}</c>… placeholders; empty when there are none.</param>
public sealed record SarifMessage(string? Text, string? Markdown, string? Id, IReadOnlyList<string> Arguments);
