using OptInDashboard.Components.Contacts;
using OptInDashboard.Consent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Contacts;

public sealed class ContactConsentTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);

    [Fact]
    public async Task ALineWithNoConsentChangeShowsNotDefinedWithNoDate()
    {
        var maria = new ThreadDriver(_app, "+15555550111");
        await maria.CustomerTexts("Is my car ready?"); // an ordinary text: consent is untouched
        var (contactId, _) = await maria.Ids();

        await using var db = _app.CreateDbContext();
        var lines = (await ContactConsent.LoadAsync(db, contactId))!.Lines;

        Assert.All(lines, line => Assert.Equal((ConsentStatus.NotDefined, (DateTime?)null), (line.Status, line.Since)));
    }

    [Fact]
    public async Task AChangedStatusShowsSinceWhen()
    {
        var maria = new ThreadDriver(_app, "+15555550111");
        await maria.CustomerTexts("STOP");
        var (contactId, _) = await maria.Ids();

        await using var db = _app.CreateDbContext();
        var service = (await ContactConsent.LoadAsync(db, contactId))!.Lines.Single(l => l.LineName == "Service");

        Assert.Equal(ConsentStatus.OptedOut, service.Status);
        Assert.Equal(DateTime.UtcNow.Date, service.Since?.Date);
    }

    public void Dispose() => _app.Dispose();
}
