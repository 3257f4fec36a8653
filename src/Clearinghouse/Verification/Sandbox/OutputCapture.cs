using System.Text;

namespace Clearinghouse.Verification.Sandbox;

/// <summary>
/// Drains a child's stream to its end while keeping at most a fixed number of bytes, so a command that prints
/// gigabytes costs us only the bytes kept and never blocks on a full pipe.
/// </summary>
internal static class OutputCapture
{
    public static async Task<CapturedOutput> ReadAsync(Stream stream, int maxBytes)
    {
        using var kept = new MemoryStream();
        long total = 0;
        var buffer = new byte[64 * 1024];
        int read;
        // Not cancellable on purpose: the stream ends when the sandbox's last process dies, which the caller ensures.
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
            var room = (int)Math.Min(read, maxBytes - kept.Length);
            if (room > 0)
            {
                kept.Write(buffer, 0, room);
            }
        }

        return new CapturedOutput(Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length), total > kept.Length, total);
    }
}
