using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// The Authorization header for the Messages API, for the account a dealership sends through: Basic with the
/// API key and secret, or (when an application id is set) a short-lived RS256 JWT with Vonage's claims
/// application_id, iat, jti and exp.
/// </summary>
public sealed class VonageAuthenticator : IDisposable
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);
    private readonly VonageOptions _options;
    private readonly TimeProvider _clock;
    private readonly List<RSA> _keys = [];
    private readonly Dictionary<VonageCredentials, SigningCredentials> _signers = [];
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public VonageAuthenticator(IOptions<VonageOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        foreach (var account in _options.Dealerships.Values.Prepend(_options).Where(a => a.UsesJwt))
        {
            var rsa = RSA.Create();
            _keys.Add(rsa);
            rsa.ImportFromPem(File.ReadAllText(account.PrivateKeyPath!));
            _signers[account] = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256);
        }
    }

    /// <summary>Whether the dealership's account authenticates with a JWT (which also opens Secure Inbound Media).</summary>
    public bool UsesJwt(int dealershipId) => _options.CredentialsFor(dealershipId).UsesJwt;

    /// <summary>A new header for every attempt: each JWT carries its own jti and a fresh iat.</summary>
    public AuthenticationHeaderValue Header(int dealershipId)
    {
        var account = _options.CredentialsFor(dealershipId);
        if (!_signers.TryGetValue(account, out var signer))
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account.ApiKey}:{account.ApiSecret}")));

        var now = _clock.GetUtcNow().UtcDateTime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["application_id"] = account.ApplicationId!,
                ["jti"] = Guid.NewGuid().ToString(),
            },
            IssuedAt = now,
            Expires = now + TokenLifetime,
            SigningCredentials = signer,
        });
        return new AuthenticationHeaderValue("Bearer", token);
    }

    public void Dispose() => _keys.ForEach(key => key.Dispose());
}
