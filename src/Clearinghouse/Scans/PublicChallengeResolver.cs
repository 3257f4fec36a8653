using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Clearinghouse.Scans;

/// <summary>
/// Looks challenges up on the public internet. The web fetch connects only to public addresses (a claimed name that
/// resolves to a loopback, private or link-local address is refused), so that a claim cannot make the server probe its own
/// network. DNS TXT records are asked of the system's resolver (first nameserver of /etc/resolv.conf) with a plain query.
/// </summary>
public sealed class PublicChallengeResolver : IChallengeResolver, IDisposable
{
    private const int MaxBody = 4096;
    private readonly HttpClient http;

    public PublicChallengeResolver()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            ConnectCallback = async (context, ct) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
                var address = addresses.FirstOrDefault(IsPublic) ?? throw new HttpRequestException($"{context.DnsEndPoint.Host} has no public address.");
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    await socket.ConnectAsync(address, context.DnsEndPoint.Port, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task<string?> FetchAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(ct);
            var buffer = new byte[MaxBody];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await body.ReadAsync(buffer.AsMemory(read), ct)) > 0)
            {
                read += n;
            }

            return Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or SocketException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<string>> TxtRecordsAsync(string name, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var server = File.Exists("/etc/resolv.conf")
            ? (await File.ReadAllLinesAsync("/etc/resolv.conf", ct)).Select(l => l.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                .Where(p => p.Length >= 2 && p[0] == "nameserver" && IPAddress.TryParse(p[1], out _)).Select(p => IPAddress.Parse(p[1])).FirstOrDefault()
            : null;
        if (server is null)
        {
            return [];
        }

        using var udp = new UdpClient(server.AddressFamily);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var id = (ushort)Random.Shared.Next(ushort.MaxValue);
        var query = DnsTxt.Query(id, name);
        try
        {
            await udp.SendAsync(query, new IPEndPoint(server, 53), timeout.Token);
            var reply = await udp.ReceiveAsync(timeout.Token);
            return DnsTxt.ReadAnswer(reply.Buffer, id);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
            return [];
        }
    }

    public void Dispose() => http.Dispose();

    private static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return address.AddressFamily != AddressFamily.InterNetwork || !(b[0] is 0 or 10 or 127 or >= 224
            || (b[0] == 169 && b[1] == 254) || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 100 && b[1] is >= 64 and <= 127));
    }
}
