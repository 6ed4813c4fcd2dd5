using OptInDashboard.Tests.Infrastructure;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// One customer's Service thread seen from both ends at once, in two browser contexts: the advisor on
/// /threads and the customer's phone on /simulator. Disposing saves a screenshot of each.
/// </summary>
internal sealed class Slice : IAsyncDisposable
{
    private readonly string _name;

    private Slice(AdvisorScreen advisor, CustomerPhone phone, int contactId, string name)
    {
        Advisor = advisor;
        Phone = phone;
        ContactId = contactId;
        _name = name;
    }

    public AdvisorScreen Advisor { get; }
    public CustomerPhone Phone { get; }
    public int ContactId { get; }

    public static async Task<Slice> OpenAsync(LiveApp app, Chromium chromium, string contactName, [CallerMemberName] string test = "")
    {
        await using var db = app.CreateDbContext();
        var contact = await db.RiversideContacts().SingleAsync(c => c.Name == contactName);
        var serviceLine = await db.RiversideLines().SingleAsync(l => l.Name == "Service");

        var advisor = new AdvisorScreen(await chromium.NewPageAsync(app.BaseUrl));
        var phone = new CustomerPhone(await chromium.NewPageAsync(app.BaseUrl));
        var slice = new Slice(advisor, phone, contact.Id, $"{test}-{contactName.Replace(' ', '-')}");
        try
        {
            await Task.WhenAll(advisor.OpenThreadAsync(contact.Id, serviceLine.Id), phone.OpenAsync(contact.PhoneNumber));
        }
        catch
        {
            await slice.DisposeAsync();
            throw;
        }
        return slice;
    }

    /// <summary>The customer opts out and both ends have seen it: where most tests start.</summary>
    public async Task CustomerHasOptedOutAsync()
    {
        await Phone.TextAsync("STOP");
        await Expect(Phone.Received.Last).ToHaveTextAsync(CustomerReplies.OptedOut);
        await Expect(Advisor.Frame).ToHaveAttributeAsync("data-frame", "opted-out");
    }

    public async ValueTask DisposeAsync()
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        foreach (var (page, side) in new[] { (Advisor.Page, "advisor"), (Phone.Page, "phone") })
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, $"{_name}-{side}.png") });
            await page.Context.DisposeAsync();
        }
    }
}
