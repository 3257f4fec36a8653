using System.Collections.Concurrent;

namespace Clearinghouse.Tests.Exposure;

/// <summary>The operator's webhook endpoint: a loopback HTTP listener that keeps every request it receives.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly LoopbackHttpPeer peer;

    public WebhookReceiver()
    {
        peer = new LoopbackHttpPeer("hooks", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Received.Enqueue((body.ToArray(), context.Request.Headers["X-Clearinghouse-Signature"], context.Request.Headers["X-Clearinghouse-Delivery"]));
            context.Response.StatusCode = 204;
        });
    }

    public string Url => peer.Url;

    public ConcurrentQueue<(byte[] Body, string? Signature, string? Delivery)> Received { get; } = new();

    public void Dispose() => peer.Dispose();
}
