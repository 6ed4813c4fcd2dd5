using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
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

    /// <summary>Renders the dialog and popover providers first: the page's dialogs open in the one, its selects in the other.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }


    protected async Task<(int Contact, int Line)> IdsAsync(string contactName, string lineName)
    {
        await using var db = App.CreateDbContext();
        return (await db.Contacts.Where(c => c.Name == contactName).Select(c => c.Id).SingleAsync(),
                await db.Lines.Where(l => l.Name == lineName).Select(l => l.Id).SingleAsync());
    }

    /// <summary>Types a reason into the open ReasonDialog and confirms it.</summary>
    protected static void GiveReason(IRenderedComponent<MudDialogProvider> dialogs, string reason)
    {
        dialogs.WaitForElement("[data-testid=reason-dialog]");
        dialogs.Find("textarea").Input(reason);
        dialogs.Find("[data-testid=reason-dialog]").Submit();
    }
}
