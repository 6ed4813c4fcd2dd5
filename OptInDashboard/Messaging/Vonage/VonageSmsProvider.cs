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
/// Sends through the Vonage Messages API. 202 is Sent (delivery comes later by status webhook); 429, 5xx,
/// transport errors and timeouts are retried with exponential back-off and jitter, then Failed; any other
/// refusal is Failed at once with Vonage's own title and detail, for the advisor to read.
/// </summary>
public sealed class VonageSmsProvider : ISmsProvider
{
    public const string HttpClientName = "Vonage";

    private readonly IHttpClientFactory _httpFactory;
    private readonly VonageAuthenticator _auth;
    private readonly ILogger<VonageSmsProvider> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly VonageOptions _options;

    public VonageSmsProvider(IHttpClientFactory httpFactory, VonageAuthenticator auth, IOptions<VonageOptions> options, TimeProvider clock, ILogger<VonageSmsProvider> logger)
    {
        _httpFactory = httpFactory;
        _auth = auth;
        _logger = logger;
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
                    { Exception: HttpRequestException } => true,
                    { Exception: TimeoutRejectedException } => _options.RetryTimeouts,
                    { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
                    _ => false,
                }),
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
                message.Headers.Authorization = _auth.Header();
                return await http.SendAsync(message, token);
            }, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            VonageLog.SendUnreachable(_logger, ex, sms.MessageId, attempts);
            return SmsSendResult.Failed(ex is TimeoutRejectedException
                ? $"Unknown: Vonage did not answer within {_options.AttemptTimeout.TotalSeconds:0.#} s ({attempts} attempts), so this text may have been sent. Check with the customer before retrying."
                : $"Vonage could not be reached ({attempts} attempts).");
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
            return SmsSendResult.Failed(code == 429 || code >= 500
                ? $"Vonage was unavailable (HTTP {code}) for {attempts} attempts: {problem}"
                : $"Vonage refused it (HTTP {code}): {problem}");
        }
    }

    /// <summary>The body as T, or null when it is missing or not that JSON: an answer's status code still counts.</summary>
    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken ct) where T : class
    {
        try { return await response.Content.ReadFromJsonAsync(type, ct); }
        catch (Exception ex) when (ex is JsonException or NotSupportedException) { return null; }
    }
}
