using System.Net;
using System.Net.Sockets;

namespace Clearinghouse.Testing;

/// <summary>
/// A network peer played on a loopback port (a feed publisher, an operator's webhook endpoint): an HTTP listener at a
/// free port under <c>/{path}/</c> that answers each request with <c>respond</c>, then closes the response.
/// </summary>
public sealed class LoopbackHttpPeer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public LoopbackHttpPeer(string path, Func<HttpListenerContext, Task> respond)
    {
        ArgumentNullException.ThrowIfNull(respond);
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/{path}/";
        }

        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(async () =>
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

                await respond(context);
                context.Response.Close();
            }
        });
    }

    /// <summary>The peer's base URL, ending in a slash.</summary>
    public string Url { get; }

    public void Dispose()
    {
        listener.Close();
        _ = loop.Exception;
    }
}
