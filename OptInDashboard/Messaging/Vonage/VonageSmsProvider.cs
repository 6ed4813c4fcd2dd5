using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OptInDashboard.Data;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// Sends through the Vonage Messages API. 202 is Sent (delivery comes later by status webhook). The
/// Messages API has no idempotency key (and Vonage's own SDKs never retry a send), so an attempt is
/// repeated only when it surely never reached Vonage: the connection could not be made, or Vonage answered
/// 429 (waiting as long as its Retry-After asks, within a bound). A timeout, a broken connection or a 5xx
/// may have sent the text: the message fails at once as "may have been sent", for the advisor to decide.
/// Any other refusal fails at once with Vonage's own title and detail.
/// </summary>
public sealed class VonageSmsProvider : ISmsProvider
{
    public const string HttpClientName = "Vonage";
    private const int MaxReasonLength = 500;

    private readonly IHttpClientFactory _httpFactory;
    private readonly VonageAuthenticator _auth;
    private readonly ILogger<VonageSmsProvider> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly VonageOptions _options;
    private readonly TimeProvider _clock;

    public VonageSmsProvider(IHttpClientFactory httpFactory, VonageAuthenticator auth, IOptions<VonageOptions> options, TimeProvider clock, ILogger<VonageSmsProvider> logger)
    {
        _httpFactory = httpFactory;
        _auth = auth;
        _logger = logger;
        _clock = clock;
        _options = options.Value;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetries,
                Delay = _options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException ex } => NeverReachedVonage(ex),
                    { Result.StatusCode: HttpStatusCode.TooManyRequests } => RetryAfter(args.Outcome.Result!) is not { } wait || wait <= _options.MaxRetryAfter,
                    _ => false,
                }),
                // Vonage's own wait wins over our back-off; null falls back to the back-off.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited ? RetryAfter(limited) : null),
            })
            .AddTimeout(_options.AttemptTimeout)
            .Build();
    }

    public async Task<SmsSendResult> SendAsync(OutboundSms sms, CancellationToken ct)
    {
        var request = new VonageSendRequest(VonageNumber.FromE164(sms.To), VonageNumber.FromE164(sms.From), sms.Text, sms.MessageId.ToString(CultureInfo.InvariantCulture));
        var http = _httpFactory.CreateClient(HttpClientName);
        var attempts = 0;
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(async token =>
            {
                if (++attempts > 1) VonageLog.SendRetrying(_logger, sms.MessageId, attempts);
                using var message = new HttpRequestMessage(HttpMethod.Post, "v1/messages")
                {
                    Content = JsonContent.Create(request, VonageJson.Default.VonageSendRequest),
                };
                message.Headers.Authorization = _auth.Header(sms.DealershipId);
                return await http.SendAsync(message, token);
            }, ct);
        }
        catch (TimeoutRejectedException ex)
        {
            VonageLog.SendUnreachable(_logger, ex, sms.MessageId, attempts);
            return Failed(MayHaveBeenSent($"Vonage did not answer within {_options.AttemptTimeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException ex)
        {
            VonageLog.SendUnreachable(_logger, ex, sms.MessageId, attempts);
            return Failed(NeverReachedVonage(ex)
                ? $"Not sent: Vonage could not be reached ({attempts} attempts). Retry is safe."
                : MayHaveBeenSent("the connection to Vonage broke before it answered"));
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                var accepted = await ReadAsync(response, VonageJson.Default.VonageAccepted, ct);
                VonageLog.SendAccepted(_logger, sms.MessageId, accepted?.MessageUuid);
                return new SmsSendResult(MessageStatus.Sent, accepted?.MessageUuid);
            }

            var problem = (await ReadAsync(response, VonageJson.Default.VonageProblem, ct))?.Describe() ?? response.ReasonPhrase ?? "no details";
            VonageLog.SendRefused(_logger, sms.MessageId, response.StatusCode, problem);
            var code = (int)response.StatusCode;
            return Failed(code switch
            {
                429 => $"Not sent: Vonage was rate-limiting ({attempts} attempts{(RetryAfter(response) is { } wait ? $", asked to wait {wait.TotalSeconds:0.#} s" : "")}): {problem}. Retry is safe.",
                >= 500 => MayHaveBeenSent($"Vonage answered HTTP {code} ({problem})"),
                _ => $"Vonage refused it (HTTP {code}): {problem}",
            });
        }
    }

    /// <summary>
    /// Only a failure to connect proves the request never left: name resolution, the TCP connect (refused,
    /// unreachable) or the TLS handshake. Anything later (a reset, an ended response) may follow a send.
    /// </summary>
    private static bool NeverReachedVonage(HttpRequestException ex) =>
        ex.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError;

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - _clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static string MayHaveBeenSent(string what) =>
        $"Unknown: {what}, so this text may have been sent. Check with the customer before retrying.";

    private static SmsSendResult Failed(string reason) =>
        SmsSendResult.Failed(reason.Length <= MaxReasonLength ? reason : reason[..(MaxReasonLength - 3)] + "...");

    /// <summary>The body as T, or null when it is missing or not that JSON: an answer's status code still counts.</summary>
    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken ct) where T : class
    {
        try { return await response.Content.ReadFromJsonAsync(type, ct); }
        catch (Exception ex) when (ex is JsonException or NotSupportedException) { return null; }
    }
}
