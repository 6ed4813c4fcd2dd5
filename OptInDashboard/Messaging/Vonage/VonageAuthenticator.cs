using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// The Authorization header for the Messages API: Basic with the API key and secret, or (when an
/// application id is set) a short-lived RS256 JWT with Vonage's claims application_id, iat, jti and exp.
/// </summary>
public sealed class VonageAuthenticator : IDisposable
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);
    private readonly VonageOptions _options;
    private readonly TimeProvider _clock;
    private readonly RSA? _rsa;
    private readonly SigningCredentials? _credentials;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public VonageAuthenticator(IOptions<VonageOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        if (_options.UsesJwt)
        {
            _rsa = RSA.Create();
            _rsa.ImportFromPem(File.ReadAllText(_options.PrivateKeyPath!));
            _credentials = new SigningCredentials(new RsaSecurityKey(_rsa), SecurityAlgorithms.RsaSha256);
        }
    }

    /// <summary>A new header for every attempt: each JWT carries its own jti and a fresh iat.</summary>
    public AuthenticationHeaderValue Header()
    {
        if (_credentials is null)
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.ApiKey}:{_options.ApiSecret}")));

        var now = _clock.GetUtcNow().UtcDateTime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["application_id"] = _options.ApplicationId!,
                ["jti"] = Guid.NewGuid().ToString(),
            },
            IssuedAt = now,
            Expires = now + TokenLifetime,
            SigningCredentials = _credentials,
        });
        return new AuthenticationHeaderValue("Bearer", token);
    }

    public void Dispose() => _rsa?.Dispose();
}
