using Bunit;
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

    void IDisposable.Dispose()
    {
        _scope.Dispose();
        App.Dispose();
    }
}
