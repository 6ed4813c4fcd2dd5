using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Data;

public sealed class ContactSearchTests(ContactSearchTests.App app) : IClassFixture<ContactSearchTests.App>
{
    public sealed class App() : TestApp(dispatchInBackground: false);

    private async Task<List<string?>> FoundAsync(string term)
    {
        await using var db = app.CreateDbContext();
        return await ContactSearch.Matching(db.Contacts, term).Select(c => c.Name).ToListAsync();
    }

    [Theory]
    [InlineData("(555) 555-0111")]
    [InlineData("555-0111")]
    [InlineData("5550111")]
    [InlineData("+1 555 555 0111")]
    [InlineData("1-555-555-0111")]
    [InlineData("555.555.0111")]
    public async Task ANumberIsFoundHoweverItIsTyped(string typed) =>
        Assert.Equal(["Maria Gonzalez"], await FoundAsync(typed));

    [Fact]
    public async Task AWholeNumberTypedWithTheUsInternationalPrefixFindsItsContact()
    {
        await using (var db = app.CreateDbContext())
        {
            var accountId = await db.RiversideContacts().Where(c => c.Name == "Maria Gonzalez").Select(c => c.AccountId).SingleAsync();
            db.Contacts.Add(new Contact { AccountId = accountId, PhoneNumber = "+442079460958", Name = "Oliver Bennett" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Oliver Bennett"], await FoundAsync("011 44 20 7946 0958"));
    }

    [Theory]
    [InlineData("maria")]
    [InlineData("GONZ")]
    public async Task ANameIsFoundByAnyPartInAnyCase(string typed) =>
        Assert.Equal(["Maria Gonzalez"], await FoundAsync(typed));

    [Fact]
    public async Task ANameWithDigitsIsNotReadAsANumber() =>
        Assert.Empty(await FoundAsync("Maria 0111"));
}
