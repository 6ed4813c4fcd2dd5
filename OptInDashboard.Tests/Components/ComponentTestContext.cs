using System.Security.Claims;
using OptInDashboard.Accounts;
using OptInDashboard.Tests.Infrastructure;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace OptInDashboard.Tests.Components;

/// <summary>
/// A bunit context as the app's components expect it: MudBlazor's services, and JavaScript calls
/// (MudBlazor's popovers, viewport, focus) answered with defaults, since no browser runs here.
/// Disposed asynchronously through xunit: some MudBlazor services are only IAsyncDisposable.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>A signed-in staff member of Riverside Motors with the given roles there, as AuthorizeView sees them.</summary>
    protected BunitAuthorizationContext SignInAs(string name, params string[] roles) => SignInAs(Staff.Member(name, Staff.Riverside, roles));

    /// <summary>A signed-in staff member with the claims their sign-in cookie would carry.</summary>
    protected virtual BunitAuthorizationContext SignInAs(ClaimsPrincipal staff)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(staff.Identity!.Name!);
        auth.SetRoles([.. staff.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
        auth.SetClaims([.. staff.Claims.Where(c => c.Type is StaffClaims.Dealership or StaffClaims.Group)]);
        return auth;
    }

    /// <summary>Renders the dialog and popover providers first: the page's dialogs open in the one, its selects in the other.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }

    /// <summary>Types a reason into the open ReasonDialog and confirms it.</summary>
    protected static void GiveReason(IRenderedComponent<MudDialogProvider> dialogs, string reason)
    {
        dialogs.WaitForElement("[data-testid=reason-dialog]");
        dialogs.Find("textarea").Input(reason);
        dialogs.Find("[data-testid=reason-dialog]").Submit();
    }
}
