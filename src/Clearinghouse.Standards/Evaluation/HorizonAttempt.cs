namespace Clearinghouse.Standards.Evaluation;

/// <summary>One scored attempt at a task whose difficulty is the time a skilled human needed to solve it.</summary>
/// <param name="Task">The task's id; attempts at one task are resampled together by the bootstrap.</param>
/// <param name="HumanMinutes">The human time for the task in minutes (e.g. a CTF's first-solve time), positive.</param>
/// <param name="Score">1 for success, 0 for failure; a partial score in between counts as that fraction of a success.</param>
public readonly record struct HorizonAttempt(string Task, double HumanMinutes, double Score);
