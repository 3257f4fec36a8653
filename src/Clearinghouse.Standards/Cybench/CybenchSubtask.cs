namespace Clearinghouse.Standards.Cybench;

/// <summary>One step of a Cybench task, asked as a question with a checkable answer (used for partial credit).</summary>
/// <param name="Description">What the step is about.</param>
/// <param name="Question">The question put to the model.</param>
/// <param name="Answer">The expected answer (for the last step, the flag).</param>
/// <param name="AnswerFormat">The answer's shape with letters masked, e.g. <c>*****.***</c>.</param>
/// <param name="Hints">Hints that may be given.</param>
public sealed record CybenchSubtask(string Description, string Question, string Answer, string AnswerFormat, IReadOnlyList<string> Hints);
