using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Jobs;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Exposure;

/// <summary>
/// Delivers one exposure event (new, or due soon) to one webhook: a POST signed with HMAC-SHA256 of the body under the webhook's secret.
/// A non-2xx answer or a network error is retried with the job worker's exponential backoff; after the last attempt the
/// job fails and stays in the jobs table as the dead letter. The delivery id is the job id, the same on every retry,
/// so a receiver can drop a repeat.
/// </summary>
public sealed class DeliverWebhook(ClearinghouseDb db, IHttpClientFactory clients) : IJobHandler
{
    public const string SignatureHeader = "X-Clearinghouse-Signature";
    public const string DeliveryHeader = "X-Clearinghouse-Delivery";

    public string Kind => ExposureEngine.WebhookJob;

    public async Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var delivery = job.ReadPayload<WebhookDelivery>();
        var webhook = await db.Set<Webhook>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == delivery.WebhookId, cancellationToken);
        var exposure = await db.Set<AssetExposure>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == delivery.ExposureId, cancellationToken);
        if (webhook is null || exposure is null)
        {
            return JobOutcome.Fail("the webhook or the exposure no longer exists");
        }

        var asset = await db.Set<Asset>().AsNoTracking().SingleAsync(a => a.Id == exposure.AssetId, cancellationToken);
        var vulnerability = await db.Set<Vulnerability>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == exposure.VulnerabilityId, cancellationToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(new ExposureEvent(
            delivery.Event, exposure.Id, exposure.OrganizationId.Value, asset.Name, exposure.Component, exposure.VulnerabilityId,
            vulnerability?.Aliases.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
            exposure.FixedVersions.Split(' ', StringSplitOptions.RemoveEmptyEntries), delivery.DueDate), ContractJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(SignatureHeader, "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhook.Secret), body)));
        request.Headers.Add(DeliveryHeader, job.Id.ToString());
        try
        {
            using var client = clients.CreateClient(nameof(DeliverWebhook));
            using var response = await client.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? JobOutcome.Succeeded
                : JobOutcome.Retry($"the webhook answered {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}");
        }
        catch (HttpRequestException e)
        {
            return JobOutcome.Retry("the webhook could not be reached: " + e.Message);
        }
    }
}
