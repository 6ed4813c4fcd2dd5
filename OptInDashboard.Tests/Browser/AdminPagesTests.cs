using OptInDashboard.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AdminPagesTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task TheLastOptOutKeywordCannotBeDeletedAndTheReasonIsShown()
    {
        await using (var db = app.CreateDbContext())
        {
            await db.KeywordResponders.Where(r => r.AccountId == Staff.Riverside && r.Action == KeywordAction.OptOut && r.Keyword != "STOP").ExecuteDeleteAsync();
        }
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/admin/responders");
        var page = admin.Page;

        await page.Locator("[data-testid=delete-keyword][data-keyword=STOP]").ClickAsync();

        await Expect(page.GetByTestId("responder-error")).ToHaveTextAsync("\"STOP\" is the last opt-out keyword: add another before removing it.");
        await Expect(page.Locator("[data-testid=delete-keyword][data-keyword=STOP]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task AnAdminAddsAKeywordForOneLineAndEditsAReplyWithAPreview()
    {
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/admin/responders", height: 900);
        var page = admin.Page;

        await page.GetByTestId("new-keyword").FillAsync("halt!");
        await page.GetByLabel("Line", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Service" }).ClickAsync();
        await page.GetByTestId("add-keyword").ClickAsync();
        var halt = page.GetByTestId("responders-grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "HALT" });
        await Expect(halt).ToContainTextAsync("Opt out (this line)");
        await Expect(halt).ToContainTextAsync("Service");
        await Expect(halt).ToContainTextAsync("Custom");

        var help = page.Locator("[data-testid=template][data-kind=Help]");
        await Expect(help.GetByTestId("template-preview")).ToHaveTextAsync("Preview: Service: reply STOP to opt out of texts from this number. Msg&Data rates may apply.");
        await help.GetByTestId("template-text").FillAsync("{line} desk: reply STOP to opt out. Rates may apply.");
        await help.GetByTestId("template-text").PressAsync("Tab");
        await Expect(help.GetByTestId("template-preview")).ToHaveTextAsync("Preview: Service desk: reply STOP to opt out. Rates may apply.");
        await help.GetByTestId("template-save").ClickAsync();
        await Expect(help.Locator("label")).ToHaveTextAsync("Help");

        await using var db = app.CreateDbContext();
        Assert.Equal("{line} desk: reply STOP to opt out. Rates may apply.", await db.ReplyTemplates.Where(t => t.AccountId == Staff.Riverside && t.Kind == AutoReply.Help && t.Language == "en").Select(t => t.Text).SingleAsync());
    }

    [Fact]
    public async Task CreatingAGroupCreatesItsJoinAndLeaveKeywordsAndATakenWordIsRefused()
    {
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/admin/groups");
        var page = admin.Page;

        await page.GetByTestId("group-name").FillAsync("Tire deals");
        await page.GetByTestId("group-join").FillAsync("tires");
        await page.GetByTestId("group-leave").FillAsync("no tires");
        await page.GetByTestId("create-group").ClickAsync();

        var row = page.GetByTestId("groups-grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "Tire deals" });
        await Expect(row).ToContainTextAsync("TIRES");
        await Expect(row).ToContainTextAsync("NO TIRES");
        await Expect(row).ToContainTextAsync("0 members");

        await page.GetByTestId("group-name").FillAsync("Oil specials");
        await page.GetByTestId("group-join").FillAsync("JOIN");
        await page.GetByTestId("group-leave").FillAsync("NO OIL");
        await page.GetByTestId("create-group").ClickAsync();
        await Expect(page.GetByTestId("group-error")).ToHaveTextAsync("\"JOIN\" is already a keyword of the account.");
        await using var db = app.CreateDbContext();
        Assert.False(await db.Groups.AnyAsync(g => g.AccountId == Staff.Riverside && g.Name == "Oil specials"));
    }

    [Fact]
    public async Task FailedSendsShowTheReasonAndLinkToTheirThread()
    {
        int contactId, lineId;
        await using (var db = app.CreateDbContext())
        {
            var robert = await db.RiversideContacts().SingleAsync(c => c.Name == "Robert King");
            var service = await db.RiversideLines().SingleAsync(l => l.Name == "Service");
            (contactId, lineId) = (robert.Id, service.Id);
            db.Messages.Add(new Message
            {
                ContactId = contactId, LineId = lineId, Direction = MessageDirection.Outbound, Sender = MessageSender.Staff, SentBy = "advisor@demo.local",
                Text = "Your F-150 is ready\nText STOP to opt-out", Status = MessageStatus.Failed, StatusReason = "Carrier rejected: unreachable handset",
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/admin/failed");
        var page = admin.Page;

        var row = page.GetByTestId("failed-grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "Robert King" });
        await Expect(row).ToContainTextAsync("Failed: Carrier rejected: unreachable handset");
        await row.GetByTestId("failed-thread-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/threads/{contactId}\\?line={lineId}$"));
        await Expect(new AdvisorScreen(page).Outbound("Your F-150 is ready")).ToHaveAttributeAsync("data-status", nameof(MessageStatus.Failed));
        await Expect(new AdvisorScreen(page).Outbound("Your F-150 is ready")).ToContainTextAsync("Failed: Carrier rejected: unreachable handset");
    }
}
