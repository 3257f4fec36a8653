namespace Clearinghouse.Cli;

/// <summary>The CLI's documented exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>A check failed (the audit chain is broken) or the answer is no (not found, not allowed, conflict).</summary>
    public const int No = 1;

    /// <summary>Bad usage or bad input: an unknown option, a missing argument, input the server rejected as invalid.</summary>
    public const int Usage = 2;

    /// <summary>The server or the network failed, or the database could not be opened.</summary>
    public const int ServerOrNetwork = 3;
}
