using Bunit;
using Microsoft.AspNetCore.Components;
using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Consent;
using MudBlazor;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Components.Threads;

/// <summary>What an advisor sees of a thread in each consent state: the frame, the banner in words, the flags, and the send button.</summary>
public sealed class ThreadViewTests : ThreadsComponentContext
{
    private IRenderedComponent<ThreadView> Show(ThreadModel thread) => Render<ThreadView>(p => p
        .Add(v => v.Thread, thread)
        .Add(v => v.Lines, [Service])
        .Add(v => v.SelectedLineId, Service.Id)
        .Add(v => v.OnLineChanged, EventCallback.Factory.Create<int>(this, (int _) => { }))
        .Add(v => v.Time, Chicago));

    [Fact]
    public void AnOptedOutThreadIsFramedRedSaysSoInWordsFlagsTheStopAndDisablesSendWithItsReason()
    {
        var view = Show(OptedOut());

        var frame = view.Find("[data-testid=thread-frame]");
        Assert.Equal("opted-out", frame.GetAttribute("data-frame"));
        Assert.Contains("mud-border-error", frame.ClassList);
        var warning = view.Find("[data-testid=consent-warning]");
        Assert.Contains("Customer 7 opted out of texts from Service on Nov 29, 2:05 PM", warning.TextContent);
        Assert.NotNull(warning.QuerySelector("svg")); // an icon, not colour alone
        var stop = view.FindAll("[data-testid=message]").Single(m => m.QuerySelector(".text")!.TextContent == "STOP");
        Assert.Equal("flag-opt-out", stop.GetAttribute("data-flag"));
        Assert.Equal("Opt-out", stop.QuerySelector("[data-testid=message-flag]")!.TextContent.Trim());
        var send = view.Find("[data-testid=send]");
        Assert.True(send.HasAttribute("disabled"));
        Assert.Contains("mud-button-filled-error", send.ClassList);
        Assert.Equal("Send (disabled: the customer opted out of this line)", send.GetAttribute("aria-label"));
    }

    [Fact]
    public void AMarketingTextHeldForQuietHoursShowsWhenItGoesAndWhy()
    {
        var held = Outbound(3, "20% off brakes!\nText STOP to opt-out");
        (held.Status, held.HeldUntil) = (MessageStatus.Queued, new DateTime(2026, 12, 9, 13, 0, 0, DateTimeKind.Utc));
        held.StatusReason = "Quiet hours in the customer's time (the federal rule): it goes Wed Dec 9, 8:00 AM their time (America/New_York).";

        var view = Show(Thread(ConsentStatus.OptedIn, SendDecision.Allow, messages: [held]));

        Assert.Contains("Scheduled for Dec 9, 7:00 AM: Quiet hours in the customer's time (the federal rule): it goes Wed Dec 9, 8:00 AM their time (America/New_York).",
            view.Find("[data-testid=message] .meta").TextContent);
    }

    [Fact]
    public void AMarketingThreadWithoutWrittenConsentSaysWhyAndHowAndDisablesSend()
    {
        var marketing = new Line { Id = 2, Name = "Marketing", PhoneNumber = "+15555550101", Purpose = LinePurpose.Marketing };
        var thread = Thread(ConsentStatus.NotDefined, SendDecision.Refuse("Marketing is a marketing line: the customer has not given written consent to marketing texts. They can text START to this number."))
            with { Line = marketing };

        var view = Show(thread);

        Assert.Equal("Marketing is a marketing line: Customer 7 has not given written consent to marketing texts here. Nothing is sent until they text START to +15555550101.",
            view.Find("[data-testid=consent-warning]").TextContent.Trim());
        var send = view.Find("[data-testid=send]");
        Assert.True(send.HasAttribute("disabled"));
        Assert.Equal("Send (disabled: the customer has not given written consent to marketing on this line)", send.GetAttribute("aria-label"));
        Assert.Contains(ThreadBanner.Id, view.Find("[data-testid=composer]").GetAttribute("aria-describedby")!.Split(' '));
    }

    [Fact]
    public void TheMessageBoxPointsToTheWarningAndStaysUsable()
    {
        var view = Show(OptedOut());

        var box = view.Find("[data-testid=composer]");
        Assert.Contains(ThreadBanner.Id, box.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal(ThreadBanner.Id, view.Find("[data-testid=consent-warning]").Id);
        Assert.False(box.HasAttribute("disabled"));
    }

    [Fact]
    public void AnOptedBackInThreadIsFramedGreenFlagsTheOptInAndSends()
    {
        var thread = Thread(ConsentStatus.OptedIn, SendDecision.Allow,
            messages: [Inbound(2, "STOP", ConsentStatus.OptedOut), Inbound(3, "REJOIN", ConsentStatus.OptedIn)]);

        var view = Show(thread);

        var frame = view.Find("[data-testid=thread-frame]");
        Assert.Equal("opted-in", frame.GetAttribute("data-frame"));
        Assert.Contains("mud-border-success", frame.ClassList);
        Assert.Contains("Opted in on Service", view.Find("[data-testid=consent-ok]").TextContent);
        Assert.Equal(["flag-opt-out", "flag-opt-in"], view.FindAll("[data-testid=message]").Select(m => m.GetAttribute("data-flag")));
        var send = view.Find("[data-testid=send]");
        Assert.False(send.HasAttribute("disabled"));
        Assert.Equal("Send", send.GetAttribute("aria-label"));
    }

    [Fact]
    public void APossibleOptOutIsFramedAmberAndPausesSendingUntilAManagerDecides()
    {
        var thread = Thread(ConsentStatus.PossibleOptOut, SendDecision.Refuse("Paused for review: a possible opt-out on Service since 2026-11-29 20:05 UTC."),
            messages: [Inbound(2, "don't text me about sales", ConsentStatus.PossibleOptOut)]);

        var view = Show(thread);

        Assert.Equal("review", view.Find("[data-testid=thread-frame]").GetAttribute("data-frame"));
        Assert.Contains("Possible opt-out under review", view.Find("[data-testid=consent-warning]").TextContent);
        Assert.Equal("Possible opt-out: under review", view.Find("[data-testid=message-flag]").TextContent.Trim());
        Assert.Equal("Send (disabled: a possible opt-out is under review)", view.Find("[data-testid=send]").GetAttribute("aria-label"));
    }

    [Fact]
    public void ABlockedContactsThreadIsFramedRedAndTheSendButtonSaysAManagerBlockedThem()
    {
        var view = Show(Thread(ConsentStatus.OptedIn, SendDecision.Refuse("Blocked by a manager: nothing is sent to this contact."), blocked: true));

        Assert.Equal("opted-out", view.Find("[data-testid=thread-frame]").GetAttribute("data-frame"));
        Assert.Contains("Blocked by a manager", view.Find("[data-testid=consent-warning]").TextContent);
        Assert.Equal("Send (disabled: a manager blocked this contact)", view.Find("[data-testid=send]").GetAttribute("aria-label"));
    }

    [Fact]
    public void TimesAndRefusalsReadInTheDealershipsZoneNeverInUtc()
    {
        var thread = Thread(ConsentStatus.OptedOut, SendDecision.Refuse("Opted out on Service since 2026-11-29 20:05 UTC."), messages:
        [
            Inbound(10, "STOP", ConsentStatus.OptedOut),
            Outbound(11, "Your brake job is done", MessageStatus.Blocked, "Opted out on Service since 2026-11-29 20:05 UTC."),
        ]);

        var view = Show(thread);

        Assert.DoesNotContain("UTC", view.Markup);
        Assert.Equal("Nov 29, 2:05 PM", view.FindAll("[data-testid=message-time]")[0].TextContent);
        Assert.Contains("Not sent: Opted out on Service since Nov 29, 2:05 PM.", view.Find("[data-testid=send-refused]").TextContent);
    }

    [Fact]
    public void RecordingAnOptOutIsInTheMoreActionsMenuNotABigButtonBesideTheThread()
    {
        var popovers = Render<MudPopoverProvider>();
        var view = Show(Neutral());

        Assert.Empty(popovers.FindAll("[data-testid=record-opt-out]"));
        Assert.DoesNotContain("Record opt-out", view.Markup);
        view.Find("button[aria-label='More actions']").Click();

        Assert.Contains("Record opt-out on customer's behalf", popovers.Find("[data-testid=record-opt-out]").TextContent);
    }
}
