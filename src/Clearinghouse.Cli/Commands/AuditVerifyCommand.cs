using System.CommandLine;
using Clearinghouse.Audit;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

public static class AuditVerifyCommand
{
    public static Command Build(CliConsole console)
    {
        var expectHead = new Option<string?>("--expect-head")
        {
            Description = "SEQUENCE:HASH of a head recorded earlier (from a previous verify); fails if that entry is no longer in the chain as recorded.",
        };
        var command = new Command("verify", "Walk the audit chain in the database and name the first entry that was altered, removed or reordered.")
        {
            CliOptions.Database, expectHead,
        };
        command.SetAction((parse, ct) => LocalDatabase.RunAsync(console, parse, async (db, _) =>
        {
            (long Sequence, string Hash)? expected = null;
            if (parse.GetValue(expectHead) is { } head)
            {
                var parts = head.Split(':', 2);
                if (parts.Length != 2 || !long.TryParse(parts[0], out var sequence) || parts[1].Length != 64)
                {
                    await console.Error.WriteLineAsync("--expect-head must be SEQUENCE:HASH, as `audit verify` prints it (e.g. 42:9f86d0...).");
                    return ExitCodes.Usage;
                }

                expected = (sequence, parts[1].ToLowerInvariant());
            }

            AuditVerification result = null!;
            if (console.Ansi.Profile.Capabilities.Interactive && !parse.GetValue(CliOptions.Json))
            {
                await console.Ansi.Status().StartAsync("Verifying the audit chain...", async context =>
                {
                    result = await AuditChain.VerifyAsync(db, ct, new Progress<long>(n => context.Status($"Verified {n:N0} entries...")));
                });
            }
            else
            {
                result = await AuditChain.VerifyAsync(db, ct);
            }

            if (result.Intact && expected is { } want)
            {
                var entry = await AuditChain.FindAsync(db, want.Sequence, ct);
                if (entry is null || entry.Hash != want.Hash)
                {
                    result = result with
                    {
                        Intact = false,
                        FirstBadSequence = want.Sequence,
                        Problem = entry is null
                            ? $"entry {want.Sequence}, recorded earlier as the head, is no longer in the chain: the tail was removed"
                            : $"entry {want.Sequence} no longer has the hash recorded earlier: the chain was rewritten from there on",
                    };
                }
            }

            if (parse.GetValue(CliOptions.Json))
            {
                Render.WriteJson(console, result.ToView());
            }
            else if (result.Intact)
            {
                console.Ansi.MarkupLineInterpolated($"[green]Intact[/]: {result.EntriesChecked} entries.");
                if (result.HeadSequence is { } sequence)
                {
                    console.Output.WriteLine($"Head: {sequence}:{result.HeadHash}  (keep this; pass it as --expect-head next time)");
                }
            }
            else
            {
                console.Ansi.MarkupLineInterpolated($"[red]Broken[/] at entry {result.FirstBadSequence}: {result.Problem}");
            }

            return result.Intact ? ExitCodes.Ok : ExitCodes.No;
        }));
        return command;
    }
}
