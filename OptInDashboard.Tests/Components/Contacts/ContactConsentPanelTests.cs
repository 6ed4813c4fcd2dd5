using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Contacts;
using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Components.Contacts;

/// <summary>The panel beside a thread and in the Contacts dialog, over the demo data (Dana Whitfield opted out of Service).</summary>
public sealed partial class ContactConsentPanelTests : SeededAppContext
{
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    private async Task<IRenderedComponent<ContactConsentPanel>> RenderForAsync(string name, params string[] roles)
    {
        SignInAs("staff@demo.local", roles.Length == 0 ? [Roles.Advisor] : roles);
        int contactId;
        await using (var db = Db())
        {
            contactId = await db.RiversideContacts().Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
        }
        _popovers = Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        var panel = Render<ContactConsentPanel>(ps => ps.Add(p => p.ContactId, contactId));
        panel.WaitForElement("[data-testid=contact-panel]");
        return panel;
    }

    private static string StatusOn(IRenderedComponent<ContactConsentPanel> panel, string line) =>
        panel.Find($"[data-testid=line-status][data-line={line}] .mud-chip").TextContent.Trim();

    private void OpenStaffActions(IRenderedComponent<ContactConsentPanel> panel) =>
        panel.Find("[data-testid=staff-actions] button").Click();

    private async Task<ConsentStatus?> StoredStatusAsync(string name, string line)
    {
        await using var db = Db();
        return await (from r in db.ConsentRecords
                      join c in db.Contacts on r.ContactId equals c.Id
                      join l in db.Lines on r.LineId equals l.Id
                      where c.Name == name && l.Name == line
                      select (ConsentStatus?)r.Status).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task EachLineSaysItsStatusInWordsAndNotDefinedWhereThereIsNoRecord()
    {
        var panel = await RenderForAsync("Dana Whitfield");

        Assert.Equal("Opted out", StatusOn(panel, "Service"));
        Assert.Equal("Not Defined", StatusOn(panel, "Marketing"));
        Assert.Matches(@"^since [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2} [AP]M$", panel.Find("[data-line=Service] [data-testid=line-since]").TextContent.Trim());
        Assert.Empty(panel.FindAll("[data-line=Marketing] [data-testid=line-since]"));
        Assert.DoesNotContain("OptedOut", panel.Markup.Replace("data-status=\"OptedOut\"", ""));
    }

    [Fact]
    public async Task RecordingAnOptOutAsksForConfirmationWithANoteBeforeAnythingChanges()
    {
        var panel = await RenderForAsync("Robert King");
        OpenStaffActions(panel);

        _popovers.WaitForElement("[data-testid=record-opt-out][data-line=Marketing]").Click();

        var dialog = _dialogs.WaitForElement("[data-testid=reason-dialog]");
        Assert.Contains("until they text START themselves", dialog.TextContent);
        Assert.Null(await StoredStatusAsync("Robert King", "Marketing"));

        _dialogs.Find("textarea").Input("Asked at the service desk for no more marketing texts");
        _dialogs.Find("[data-testid=reason-dialog]").Submit();

        panel.WaitForAssertion(() => Assert.Equal("Opted out", StatusOn(panel, "Marketing")));
        Assert.Equal(ConsentStatus.OptedOut, await StoredStatusAsync("Robert King", "Marketing"));
        Assert.Equal("Not Defined", StatusOn(panel, "Service"));
    }

    [Fact]
    public async Task CancellingTheConfirmationRecordsNothing()
    {
        var panel = await RenderForAsync("Robert King");
        OpenStaffActions(panel);
        _popovers.WaitForElement("[data-testid=record-opt-out][data-line=Service]").Click();

        _dialogs.WaitForElement("[data-testid=reason-dialog]");
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=reason-dialog]")));
        Assert.Null(await StoredStatusAsync("Robert King", "Service"));
        Assert.Equal("Not Defined", StatusOn(panel, "Service"));
    }

    [Fact]
    public async Task NoControlOptsACustomerInEvenForAnAdminOnAnOptedOutContact()
    {
        var panel = await RenderForAsync("Dana Whitfield", Roles.Advisor, Roles.Manager, Roles.Admin);
        OpenStaffActions(panel);
        _popovers.WaitForElement("[data-testid=block]");

        var controls = panel.FindAll("button, [role=menuitem], a, input").Concat(_popovers.FindAll("button, [role=menuitem], a, input"))
            .Select(c => c.TextContent + " " + c.GetAttribute("aria-label")).ToList();

        Assert.NotEmpty(controls);
        Assert.DoesNotContain(controls, c => OptIn().IsMatch(c));
        Assert.Empty(_popovers.FindAll("[data-testid=record-opt-out][data-line=Service]")); // already opted out there: nothing to record
    }

    [GeneratedRegex(@"opt(s|ed)?[\s-]?in|rejoin|resubscribe|\bstart\b", RegexOptions.IgnoreCase)]
    private static partial Regex OptIn();

    [Fact]
    public async Task ThePanelShowsNothingOfAnotherDealershipsContactEvenByItsId()
    {
        SignInAs(Staff.LakesideManager);
        int grace, dana;
        await using (var db = Db())
        {
            grace = await db.Contacts.Where(c => c.AccountId == Staff.Lakeside && c.Name == "Grace Kim").Select(c => c.Id).SingleAsync();
            dana = await db.RiversideContacts().Where(c => c.Name == "Dana Whitfield").Select(c => c.Id).SingleAsync();
        }
        var panel = Render<ContactConsentPanel>(ps => ps.Add(p => p.ContactId, grace));
        panel.WaitForElement("[data-testid=contact-panel]");

        panel.Render(ps => ps.Add(p => p.ContactId, dana));

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=contact-panel]")));
        Assert.DoesNotContain("Dana", panel.Markup);
        Assert.DoesNotContain("+15555550116", panel.Markup);
    }

    [Fact]
    public async Task AnAdminSetsWhereACustomerLivesAndMarketingIsTimedInTheirZone_TheChangeIsRecorded()
    {
        var panel = await RenderForAsync("Maria Gonzalez", Roles.Admin);
        Assert.Equal("America/Chicago", panel.Find("[data-testid=contact-time-zones]").TextContent); // a 555 number: the dealership's zone

        var selects = panel.FindComponents<MudSelect<string>>();
        await panel.InvokeAsync(() => selects[0].Instance.ValueChanged.InvokeAsync("FL"));
        await panel.InvokeAsync(() => panel.Find("[data-testid=save-location]").Click());

        panel.WaitForAssertion(() => Assert.Equal("America/New_York, America/Chicago", panel.Find("[data-testid=contact-time-zones]").TextContent));
        await using var db = Db();
        Assert.Equal("FL", await db.RiversideContacts().Where(c => c.Name == "Maria Gonzalez").Select(c => c.State).SingleAsync());
        Assert.Contains(await db.AdminChanges.Where(c => c.Subject == AdminChangeSubject.Contacts).Select(c => c.Summary).ToListAsync(),
            summary => summary.StartsWith("Maria Gonzalez: lives in FL, time zone from the state or number"));
    }

    [Fact]
    public async Task OnlyAnAdminCanChangeWhereACustomerLives()
    {
        var panel = await RenderForAsync("Maria Gonzalez", Roles.Advisor, Roles.Manager);

        Assert.Empty(panel.FindAll("[data-testid=location-editor]"));
        var contactId = await MariasIdAsync();
        var refused = await Assert.ThrowsAsync<SettingsRefused>(() =>
            Services.GetRequiredService<ContactLocations>().SetAsync(Staff.Member("manager@demo.local", Staff.Riverside, Roles.Manager), contactId, "FL", null));
        Assert.Equal("Only an Admin can change where a customer lives.", refused.Message);
    }

    [Fact]
    public async Task AStateOrTimeZoneThatDoesNotExistIsRefusedInWords()
    {
        var contactId = await MariasIdAsync();
        var locations = Services.GetRequiredService<ContactLocations>();
        var admin = Staff.Member("admin@demo.local", Staff.Riverside, Roles.Admin);

        Assert.Equal("\"Atlantis\" is not a US state. Pick one from the list, or Not known.",
            (await Assert.ThrowsAsync<SettingsRefused>(() => locations.SetAsync(admin, contactId, "Atlantis", null))).Message);
        Assert.Equal("\"Mars/Olympus\" is not a time zone this server knows. Pick one from the list, for example America/Chicago.",
            (await Assert.ThrowsAsync<SettingsRefused>(() => locations.SetAsync(admin, contactId, null, "Mars/Olympus"))).Message);
    }

    private async Task<int> MariasIdAsync()
    {
        await using var db = Db();
        return await db.RiversideContacts().Where(c => c.Name == "Maria Gonzalez").Select(c => c.Id).SingleAsync();
    }
}
