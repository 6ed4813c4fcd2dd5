using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Consent;

public class ConsentRecordTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void CustomerStopOptsOutAndReturnsTheLedgerRowWithItsEvidence()
    {
        var record = new ConsentRecord(contactId: 7, lineId: 3);

        var row = record.OptOut(ConsentEvidence.FromKeyword(inboundMessageId: 42, "Stop!", "STOP"), Now);

        Assert.Equal(ConsentStatus.OptedOut, record.Status);
        Assert.Equal(Now, record.Since);
        Assert.Equal((7, 3), (row.ContactId, row.LineId));
        Assert.Equal((ConsentStatus.NotDefined, ConsentStatus.OptedOut), (row.OldStatus, row.NewStatus));
        Assert.Equal(ConsentCause.Keyword, row.Cause);
        Assert.Equal((42L, "Stop!", "STOP", "customer"), (row.InboundMessageId!.Value, row.EvidenceText!, row.Keyword!, row.Actor));
    }

    [Fact]
    public void OnlyTheCustomerCanOptIn_StaffAttemptIsRefused()
    {
        var record = new ConsentRecord(7, 3);
        record.OptOut(ConsentEvidence.FromKeyword(1, "STOP", "STOP"), Now);

        var staff = new ConsentEvidence(ConsentCause.StaffOnBehalf, "advisor@demo.local") { Note = "customer called" };

        Assert.Throws<ConsentRuleViolation>(() => record.OptIn(staff, Now));
        Assert.Equal(ConsentStatus.OptedOut, record.Status);
    }

    [Fact]
    public void OptInNeedsTheCustomersOwnMessage()
    {
        var record = new ConsentRecord(7, 3);
        var noMessage = new ConsentEvidence(ConsentCause.Keyword, ConsentEvidence.CustomerActor) { Keyword = "START" };

        Assert.Throws<ConsentRuleViolation>(() => record.OptIn(noMessage, Now));
    }

    [Fact]
    public void CustomerRejoinOptsBackIn()
    {
        var record = new ConsentRecord(7, 3);
        record.OptOut(ConsentEvidence.FromKeyword(1, "STOP", "STOP"), Now);

        var row = record.OptIn(ConsentEvidence.FromKeyword(2, "REJOIN", "REJOIN"), Now.AddMinutes(5));

        Assert.Equal(ConsentStatus.OptedIn, record.Status);
        Assert.Equal((ConsentStatus.OptedOut, ConsentStatus.OptedIn), (row.OldStatus, row.NewStatus));
    }

    [Fact]
    public void StaffMayRecordAnOptOutOnTheCustomersBehalf()
    {
        var record = new ConsentRecord(7, 3);
        var row = record.OptOut(new ConsentEvidence(ConsentCause.StaffOnBehalf, "advisor@demo.local") { Note = "Said so on the phone" }, Now);

        Assert.Equal(ConsentStatus.OptedOut, record.Status);
        Assert.Equal("advisor@demo.local", row.Actor);
    }

    [Fact]
    public void AnOptOutWithoutEvidenceIsRefused()
    {
        var record = new ConsentRecord(7, 3);
        Assert.Throws<ConsentRuleViolation>(() => record.OptOut(new ConsentEvidence(ConsentCause.Keyword, "advisor@demo.local"), Now));
    }
}
