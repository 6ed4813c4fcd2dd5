using System.Net;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 9: every ledger row carries its evidence, and the ledger exports as CSV.</summary>
public sealed class Rule09_EvidenceTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public Rule09_EvidenceTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Fact]
    public async Task AKeywordOptOutRecordsContactLineStatusesCauseMessageActorAndUtcTime()
    {
        var before = DateTime.UtcNow;
        await _maria.CustomerTexts("Stop!");

        var row = Assert.Single(await _maria.Ledger());
        var stop = (await _maria.Messages()).Single(m => m.Text == "Stop!");
        var (contactId, lineId) = await _maria.Ids();
        Assert.Equal((contactId, lineId), (row.ContactId, row.LineId!.Value));
        Assert.Equal((ConsentStatus.NotDefined, ConsentStatus.OptedOut, ConsentCause.Keyword), (row.OldStatus, row.NewStatus, row.Cause));
        Assert.Equal((stop.Id, "Stop!", "STOP", "customer"), (row.InboundMessageId!.Value, row.EvidenceText!, row.Keyword!, row.Actor));
        Assert.Equal(DateTimeKind.Utc, row.OccurredAt.Kind);
        Assert.InRange(row.OccurredAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public void ModelEvidenceKeepsVersionScoreAndTopFeatures()
    {
        var record = new ConsentRecord(1, 1);
        var row = record.OptOut(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor)
        {
            InboundMessageId = 9, Text = "quit texting me", ModelVersion = "intent-v1", ModelScore = 0.97, ModelTopFeatures = "quit texting:+2.1; texting me:+1.4",
        }, DateTime.UtcNow);
        Assert.Equal(("intent-v1", 0.97, "quit texting:+2.1; texting me:+1.4"), (row.ModelVersion!, row.ModelScore!.Value, row.ModelTopFeatures!));
    }

    [Fact]
    public async Task TheLedgerExportsAsCsvWithItsEvidence()
    {
        await _maria.CustomerTexts("STOP");
        var james = new ThreadDriver(_app, "+15555550112");
        var (jamesId, lineId) = await james.Ids();
        await _app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, jamesId, lineId, "Said \"no more\", by phone");
        var client = await SignedIn.ClientAsync(_app, "manager@demo.local");

        var response = await client.GetAsync("/reports/ledger.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.StartsWith("event_id,occurred_at_utc,contact,contact_phone,line,old_status,new_status,cause,actor,keyword", lines[0]);
        Assert.Contains(lines, l => l.Contains("Maria Gonzalez,+15555550111,Service,Not Defined,Opted out,Keyword,customer,STOP"));
        Assert.Contains(lines, l => l.Contains("Dana Whitfield"));
        Assert.Contains(lines, l => l.Contains("James Carter") && l.Contains("StaffOnBehalf,advisor@demo.local") && l.Contains("\"Said \"\"no more\"\", by phone\""));
    }

    [Fact]
    public async Task AnAdvisorCannotExportTheLedger()
    {
        var client = await SignedIn.ClientAsync(_app, "advisor@demo.local");
        var response = await client.GetAsync("/reports/ledger.csv");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AFormulaInANoteIsNeutralisedInTheLedgerCsv()
    {
        var james = new ThreadDriver(_app, "+15555550112");
        var (jamesId, lineId) = await james.Ids();
        await _app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, jamesId, lineId, "=HYPERLINK(\"http://x\",\"ok\")");
        var client = await SignedIn.ClientAsync(_app, "manager@demo.local");

        var csv = await client.GetStringAsync("/reports/ledger.csv");

        var row = Assert.Single(csv.Split("\r\n"), l => l.Contains("James Carter"));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"ok\"\")\",", row);
        Assert.Contains("James Carter,+15555550112,", row);
    }

    public void Dispose() => _app.Dispose();
}
