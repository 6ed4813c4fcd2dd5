using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>What one download attempt came to.</summary>
public sealed record MediaDownload(byte[]? Content, string? ContentType, string? Failure, bool Permanent)
{
    public static MediaDownload Fetched(byte[] content, string contentType) => new(content, contentType, null, false);
    public static MediaDownload TryAgain(string failure) => new(null, null, failure, false);
    public static MediaDownload GiveUp(string failure) => new(null, null, failure, true);
}

/// <summary>
/// Downloads an inbound attachment from Vonage's media store. A link is open to anyone for 48 hours unless
/// the application has "Secure Inbound Media" on, in which case Vonage wants the application's JWT; so when
/// JWT credentials are configured for the dealership's account they go with the request, but only to
/// Vonage's own hosts, never to whatever host a link names.
/// </summary>
public sealed class VonageMediaClient(IHttpClientFactory httpFactory, VonageAuthenticator auth, IOptions<VonageOptions> options)
{
    public const string HttpClientName = "VonageMedia";

    public async Task<MediaDownload> DownloadAsync(Uri url, int dealershipId, CancellationToken ct)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (auth.UsesJwt(dealershipId) && IsVonageHost(url, o.BaseUrl)) request.Headers.Authorization = auth.Header(dealershipId);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.MediaFetchTimeout);
        try
        {
            using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
                return MediaDownload.GiveUp($"Vonage no longer has the file (HTTP {(int)response.StatusCode}): its link has expired.");
            if (!response.IsSuccessStatusCode)
                return MediaDownload.TryAgain($"Vonage answered HTTP {(int)response.StatusCode}{(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? " (with Secure Inbound Media on, set Vonage:ApplicationId and Vonage:PrivateKeyPath)" : "")}.");
            if (response.Content.Headers.ContentLength > o.MediaMaxBytes)
                return MediaDownload.GiveUp(TooLarge(o.MediaMaxBytes));

            var content = await ReadLimitedAsync(response.Content, o.MediaMaxBytes, timeout.Token);
            return content is null
                ? MediaDownload.GiveUp(TooLarge(o.MediaMaxBytes))
                : MediaDownload.Fetched(content, ContentTypeOf(response.Content.Headers.ContentType));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return MediaDownload.TryAgain($"Vonage did not deliver the file within {o.MediaFetchTimeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            return MediaDownload.TryAgain($"Vonage could not be reached ({ex.HttpRequestError}).");
        }
    }

    /// <summary>Vonage's API hosts (api.nexmo.com, api-us.nexmo.com, …, *.vonage.com) and the configured base URL's host.</summary>
    public static bool IsVonageHost(Uri url, Uri baseUrl) =>
        url.Scheme == Uri.UriSchemeHttps && (url.Host.EndsWith(".nexmo.com", StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith(".vonage.com", StringComparison.OrdinalIgnoreCase))
        || string.Equals(url.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase) && url.Port == baseUrl.Port;

    private static string TooLarge(long limit) => $"The file is larger than Vonage:MediaMaxBytes ({limit:N0} bytes), so it was not kept.";

    private static string ContentTypeOf(MediaTypeHeaderValue? header) =>
        header?.MediaType is { Length: > 0 and <= 100 } type ? type.ToLowerInvariant() : "application/octet-stream";

    /// <summary>The whole body, or null when it runs past the limit (read no further than limit + 1).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, long limit, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
