using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components;

/// <summary>
/// A bunit context whose components get the real app's services over its own seeded SQLite database
/// (the demo dealership), for pages and panels that read and change data through the app's services.
/// </summary>
public abstract class SeededAppContext : ComponentTestContext, IDisposable
{
    private readonly IServiceScope _scope;

    protected SeededAppContext() : this(new TestApp(dispatchInBackground: false)) { }

    /// <param name="app">An app configured for the test; the context disposes it.</param>
    protected SeededAppContext(TestApp app)
    {
        App = app;
        _scope = App.Services.CreateScope();
        Services.AddFallbackServiceProvider(_scope.ServiceProvider);
    }

    protected TestApp App { get; }

    protected ConsentDbContext Db() => App.CreateDbContext();

    /// <summary>Also the app's own view of who is signed in, which walls its queries to the staff member's dealership.</summary>
    protected override BunitAuthorizationContext SignInAs(ClaimsPrincipal staff)
    {
        _scope.ServiceProvider.GetRequiredService<CurrentStaff>().Principal = staff;
        return base.SignInAs(staff);
    }

    void IDisposable.Dispose()
    {
        _scope.Dispose();
        App.Dispose();
    }
}
