using System.Text;
using OptInDashboard.Messaging.Vonage;

namespace OptInDashboard.Tests.Vonage;

public class VonageWebhookTokenTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"text":"STOP"}""");

    /// <summary>The reason the check is hand-written: Microsoft.IdentityModel refuses such a key (IDX10720).</summary>
    [Theory]
    [InlineData("short-secret-16b")]
    [InlineData("0123456789abcdef0123456789abcde")]
    public void ASignatureSecretShorterThan256BitsStillVerifies(string secret)
    {
        var now = DateTimeOffset.UtcNow;
        var token = VonageWebhookToken.Sign(secret, Body, now);

        Assert.Equal(WebhookTokenCheck.Valid, VonageWebhookToken.Verify(secret, "Bearer " + token, Body, now, TimeSpan.FromMinutes(5)));
        Assert.Equal(WebhookTokenCheck.BadSignature, VonageWebhookToken.Verify(secret + "x", "Bearer " + token, Body, now, TimeSpan.FromMinutes(5)));
    }
}
