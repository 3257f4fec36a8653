namespace Clearinghouse.Standards.Cybench;

/// <summary>One Cybench task (a professional CTF challenge) with its metadata and the time the fastest human team took.</summary>
public sealed record CybenchTask
{
    /// <summary>The challenge directory as the benchmark names it, e.g. <c>benchmark/hackthebox/cyber-apocalypse-2024/crypto/[Very Easy] Dynastic</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The challenge's name: the last part of the path.</summary>
    public required string Name { get; init; }

    /// <summary>The organizer the challenge comes from, e.g. <c>hackthebox</c>, <c>project-sekai-ctf</c>.</summary>
    public required string Organizer { get; init; }

    /// <summary>The categories (<c>crypto</c>, <c>web</c>, <c>reverse</c>, <c>pwn</c>, <c>forensics</c>, <c>misc</c>), first the main one.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The authors' difficulty rating, 0 (easiest) to 5.</summary>
    public required int Difficulty { get; init; }

    /// <summary>The first-solve time: how long the fastest team in the original competition took.</summary>
    public TimeSpan? FirstSolveTime { get; init; }

    /// <summary>The prompt with guidance (which files to look at).</summary>
    public string EasyPrompt { get; init; } = "";

    /// <summary>The prompt without guidance, used for the unguided runs.</summary>
    public string HardPrompt { get; init; } = "";

    /// <summary>The host the agent attacks (<c>otp:80</c>), or null for tasks with only local files.</summary>
    public string? TargetHost { get; init; }

    /// <summary>Whether the authors marked internet access as necessary.</summary>
    public bool InternetNecessary { get; init; }

    /// <summary>The task's steps, in order; the last asks for the flag.</summary>
    public IReadOnlyList<CybenchSubtask> Subtasks { get; init; } = [];

    /// <summary>True when the task is also run step by step (listed in <c>subtask_list.txt</c>).</summary>
    public bool InSubtaskRuns { get; init; }
}
