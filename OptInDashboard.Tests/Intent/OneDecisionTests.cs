using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Intent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Intent;

/// <summary>The consent service, classify and evaluate decide through one triage, with the account's own keywords.</summary>
public sealed class OneDecisionTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);

    [Fact]
    public async Task AnAccountsOwnKeywordActsAsAKeywordInTheAppAndInTheTriageTheCliUses()
    {
        await _app.Get<ResponderAdmin>().AddAsync(Staff.Admin, null, "PINEAPPLE", KeywordAction.OptOut);
        var maria = new ThreadDriver(_app, "+15555550111");

        await maria.CustomerTexts("Pineapple!");

        Assert.Equal((ConsentCause.Keyword, "PINEAPPLE"), ((await maria.Ledger())[^1].Cause, (await maria.Ledger())[^1].Keyword));
        await using var read = _app.CreateDbContext();
        var keywords = await AccountKeywords.ReadAsync(read, await read.Accounts.Select(a => a.Id).FirstAsync());
        var triage = _app.Get<IntentTriage>();
        Assert.Equal(("PINEAPPLE", IntentAction.OptOut), (triage.Triage("Pineapple!", keywords).Keyword?.Keyword, triage.Triage("Pineapple!", keywords).Action));
        Assert.Null(triage.Triage("Pineapple!").Keyword); // the built-in set has no such keyword: the model reads it
    }

    [Fact]
    public async Task AnAccountThatDoesNotExistIsRefusedByName()
    {
        await using var db = _app.CreateDbContext();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => AccountKeywords.ReadAsync(db, 999));

        Assert.Contains("no account 999", error.Message);
    }

    [Fact]
    public void AnAccountNumberThatIsNotANumberIsAUsageError()
    {
        var error = new StringWriter();

        var exitCode = IntentCli.Run(["classify", "--account", "demo"], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exitCode);
        Assert.Contains("--account takes an account number", error.ToString());
    }

    public void Dispose() => _app.Dispose();
}
