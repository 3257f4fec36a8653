using Clearinghouse.Storage;

namespace Clearinghouse.Tests.Server;

/// <summary>
/// One initialized server per provider, started on first use and shared by the tests of one class (which xUnit runs
/// one at a time), so that a class of HTTP tests starts two servers rather than two per test. Tests that share a host
/// must not depend on each other's data: they enrol their own organizations and compare counts before and after.
/// </summary>
public class SharedHosts : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Task<ClearinghouseHost>> hosts = [];
    private readonly IDictionary<string, string?>? settings;

    public SharedHosts()
        : this(null)
    {
    }

    protected SharedHosts(IDictionary<string, string?>? settings)
    {
        this.settings = settings;
    }

    public Task<ClearinghouseHost> For(DatabaseProvider provider)
    {
        lock (hosts)
        {
            if (!hosts.TryGetValue(provider, out var host))
            {
                hosts[provider] = host = Task.Run(() => new ClearinghouseHost(provider, settings).InitializeAsync());
            }

            return host;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in hosts.Values)
        {
            await (await host).DisposeAsync();
        }
    }
}
