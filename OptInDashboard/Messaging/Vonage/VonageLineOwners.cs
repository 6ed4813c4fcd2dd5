using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// The wall between Vonage accounts: a webhook signed by one dealership's own account reaches only that
/// dealership's lines and texts, and one signed by the install's account only those of dealerships without an
/// account of their own. Each method answers the owning dealership when the signer is not its account, and
/// null when the webhook may go on (also for a line or message we do not know: that path has its own answer).
/// </summary>
public sealed class VonageLineOwners(DealershipDb databases, IOptions<VonageOptions> options)
{
    public async Task<int?> OtherAccountsLineAsync(int? signer, string lineNumber, CancellationToken ct)
    {
        if (options.Value.Dealerships.Count == 0) return null; // one account for every dealership
        var line = PhoneNumber.Normalize(lineNumber);
        await using var db = databases.ForEveryDealership();
        var owner = await db.Lines.Where(l => l.PhoneNumber == line).Select(l => (int?)l.AccountId).SingleOrDefaultAsync(ct);
        return Mismatch(signer, owner);
    }

    /// <summary>The text a status report is about, found as <see cref="DeliveryReports"/> finds it.</summary>
    public async Task<int?> OtherAccountsMessageAsync(int? signer, string providerMessageId, long? clientRef, CancellationToken ct)
    {
        if (options.Value.Dealerships.Count == 0) return null;
        await using var db = databases.ForEveryDealership();
        var owner = await db.Messages
            .Where(m => m.Direction == MessageDirection.Outbound && (m.ProviderMessageId == providerMessageId || (clientRef != null && m.Id == clientRef)))
            .OrderByDescending(m => m.ProviderMessageId == providerMessageId)
            .Select(m => (int?)m.Line!.AccountId)
            .FirstOrDefaultAsync(ct);
        return Mismatch(signer, owner);
    }

    private int? Mismatch(int? signer, int? owner) => owner is { } dealership && options.Value.AccountOf(dealership) != signer ? owner : null;
}
