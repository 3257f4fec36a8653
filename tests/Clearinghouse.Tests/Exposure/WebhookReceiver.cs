using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Clearinghouse.Tests.Exposure;

/// <summary>The operator's webhook endpoint: a loopback HTTP listener that keeps every request it receives.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public WebhookReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hooks/";
        }

        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<(byte[] Body, string? Signature, string? Delivery)> Received { get; } = new();

    public void Dispose()
    {
        listener.Close();
        _ = loop.Exception;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Received.Enqueue((body.ToArray(), context.Request.Headers["X-Clearinghouse-Signature"], context.Request.Headers["X-Clearinghouse-Delivery"]));
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }
}
