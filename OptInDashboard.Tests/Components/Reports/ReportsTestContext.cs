using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Accounts;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components.Reports;

/// <summary>
/// The report pages over the real app's services and demo data (real SQLite), with a manager signed in and
/// MudBlazor's dialog and popover providers rendered, as the layout renders them.
/// </summary>
public abstract class ReportsTestContext : SeededAppContext
{
    protected ReportsTestContext() => SignInAs(Staff.Manager.Identity!.Name!, Roles.Advisor, Roles.Manager);

    protected async Task<(int Contact, int Line)> IdsAsync(string contactName, string lineName)
    {
        await using var db = App.CreateDbContext();
        return (await db.Contacts.Where(c => c.AccountId == Staff.Riverside && c.Name == contactName).Select(c => c.Id).SingleAsync(),
                await db.RiversideLines().Where(l => l.Name == lineName).Select(l => l.Id).SingleAsync());
    }
}
