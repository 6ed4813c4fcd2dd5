using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Components.Pages.Reports;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components.Reports;

public sealed class LedgerTests : ReportsTestContext
{
    private async Task<long> RecordStaffOptOutAsync(string contactName, string note)
    {
        var (contact, service) = await IdsAsync(contactName, "Service");
        await App.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, contact, service, note);
        await using var db = App.CreateDbContext();
        return await db.ConsentEvents.Where(e => e.ContactId == contact).MaxAsync(e => e.Id);
    }

    private IRenderedComponent<Ledger> RenderLedger()
    {
        var cut = Render<Ledger>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Rows(cut)));
        return cut;
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<Ledger> cut) =>
        [.. cut.FindAll("[data-testid=ledger-grid] tbody tr").Where(r => r.QuerySelector("[data-testid=evidence]") is not null)];

    private static IElement Row(IRenderedComponent<Ledger> cut, string text) => Rows(cut).Single(r => r.TextContent.Contains(text));

    [Fact]
    public async Task VoidIsOfferedOnlyOnAStaffOptOutThatIsStillTheCurrentStatus()
    {
        await RecordStaffOptOutAsync("Carlos Rivera", "Said on the phone: no texts");
        RenderProviders();

        var cut = RenderLedger();

        Assert.Single(cut.FindAll("[data-testid=void]"));
        Assert.NotNull(Row(cut, "Carlos Rivera").QuerySelector("[data-testid=void]"));
        Assert.Null(Row(cut, "Dana Whitfield").QuerySelector("[data-testid=void]")); // her own STOP stands
    }

    [Fact]
    public async Task CausesAndEvidenceAreInPlainWords()
    {
        await RecordStaffOptOutAsync("Carlos Rivera", "Said on the phone: no texts");
        RenderProviders();

        var cut = RenderLedger();

        var carlos = Row(cut, "Carlos Rivera");
        Assert.Contains("Recorded by staff for the customer", carlos.TextContent);
        Assert.Contains("Recorded by advisor@demo.local", carlos.TextContent);
        Assert.Contains("Reason given: “Said on the phone: no texts”", carlos.TextContent);
        Assert.DoesNotContain("StaffOnBehalf", cut.Markup);
        await using var db = App.CreateDbContext();
        var danasStop = await db.ConsentEvents.SingleAsync(e => e.Cause == ConsentCause.Keyword && e.Contact!.Name == "Dana Whitfield");
        var chicago = new DealershipTime(TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")); // the demo dealership's zone
        Assert.Equal(chicago.FormatFull(danasStop.OccurredAt), Row(cut, "Dana Whitfield").QuerySelector(".when")!.TextContent);
    }

    [Fact]
    public async Task VoidAsksForAReasonAndCancellingChangesNothing()
    {
        await RecordStaffOptOutAsync("Carlos Rivera", "Said on the phone: no texts");
        var dialogs = RenderProviders();
        var cut = RenderLedger();

        await cut.InvokeAsync(() => cut.Find("[data-testid=void]").Click()); // no re-render between finding and clicking
        dialogs.WaitForElement("[data-testid=reason-dialog]");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=reason-dialog]")));
        Assert.Equal(ConsentStatus.OptedOut, await App.ConsentStatusAsync("Carlos Rivera", "Service"));
    }

    [Fact]
    public async Task AVoidWithAReasonRestoresTheStatusAndTheVoidedRowIsNoLongerOffered()
    {
        await RecordStaffOptOutAsync("Carlos Rivera", "Said on the phone: no texts");
        var dialogs = RenderProviders();
        var cut = RenderLedger();

        await cut.InvokeAsync(() => cut.Find("[data-testid=void]").Click()); // no re-render between finding and clicking
        GiveReason(dialogs, "Wrong customer: it was his brother");

        cut.WaitForAssertion(() => Assert.Contains(Rows(cut), r => r.TextContent.Contains("Wrong customer: it was his brother")));
        Assert.Empty(cut.FindAll("[data-testid=void]"));
        Assert.Equal(ConsentStatus.NotDefined, await App.ConsentStatusAsync("Carlos Rivera", "Service"));
    }

    [Fact]
    public async Task AnErrorFromAVoidClearsOnTheNextAction()
    {
        var staffOptOut = await RecordStaffOptOutAsync("Robert King", "Asked at the desk");
        var dialogs = RenderProviders();
        var cut = RenderLedger();
        // Another manager voids it while this page still shows the button.
        await App.Get<StaffConsentActions>().VoidStaffOptOutAsync(Staff.Manager, staffOptOut, "Recorded on the wrong customer");

        await cut.InvokeAsync(() => cut.Find("[data-testid=void]").Click()); // no re-render between finding and clicking
        GiveReason(dialogs, "Recorded on the wrong customer");
        cut.WaitForAssertion(() => Assert.Contains("no longer the current status", cut.Find("[data-testid=ledger-error]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=void]"));

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=ledger-error]")));
    }

    [Fact]
    public async Task TheContactFilterIsAppliedByTheServerAndFeedsTheCsvLink()
    {
        await RecordStaffOptOutAsync("Carlos Rivera", "Said on the phone: no texts");
        RenderProviders();
        var cut = RenderLedger();

        cut.Find("[data-testid=ledger-contact]").Change("Carlos");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Carlos Rivera", Assert.Single(Rows(cut)).QuerySelectorAll("td")[1].TextContent.Trim()));
        Assert.Equal("reports/ledger.csv?contact=Carlos", cut.Find("[data-testid=ledger-csv]").GetAttribute("href"));
    }

    [Fact]
    public async Task SortingByContactIsDoneByTheServerAcrossTheWholeLedger()
    {
        await RecordStaffOptOutAsync("Carlos Rivera", "Said on the phone: no texts");
        await RecordStaffOptOutAsync("Robert King", "Asked at the desk");
        RenderProviders();
        var cut = RenderLedger();
        string[] Contacts() => [.. Rows(cut).Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim())];
        Assert.Equal(["Robert King", "Carlos Rivera", "Dana Whitfield"], Contacts()); // newest first

        cut.FindAll("th").Single(th => th.TextContent.Contains("Contact")).QuerySelector(".sort-direction-icon, .mud-table-sort-label, button")!.Click();

        cut.WaitForAssertion(() => Assert.Equal(["Carlos Rivera", "Dana Whitfield", "Robert King"], Contacts()));
    }
}
