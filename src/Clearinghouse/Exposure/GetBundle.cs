using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Exposure;

/// <summary>
/// The current signed advisory bundle, for operators who match offline (<c>clearinghouse exposure scan</c>), and the
/// public key that verifies it. Any member may download both: the bundle holds only public advisories.
/// </summary>
public static class GetBundle
{
    public static async Task<FileContentHttpResult> Handle(ClearinghouseDb db, ExposureEngine engine, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(engine);
        await engine.EnsureLoadedAsync(db, ct);
        return TypedResults.File(engine.Bundle(db.Clock.Now()), "application/octet-stream", "clearinghouse-advisories.bundle");
    }

    public static ContentHttpResult HandleKey(ExposureEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return TypedResults.Text(engine.BundleKey.ExportSubjectPublicKeyInfoPem(), "application/x-pem-file");
    }
}
