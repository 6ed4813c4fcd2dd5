using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>Renders the thread component to HTML with the app's services, as the page would show it for this model.</summary>
public static class ThreadViewHtml
{
    public static async Task<string> RenderAsync(TestApp app, ThreadModel thread)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var time = await scope.ServiceProvider.GetRequiredService<DealershipClock>().GetAsync();
        // Outside a request nothing has set the address; MudBlazor's snackbar service asks for it when it is made.
        ((IHostEnvironmentNavigationManager)scope.ServiceProvider.GetRequiredService<NavigationManager>()).Initialize("http://localhost/", "http://localhost/threads");
        // Nor the signed-in staff member, whom the thread's actions menu asks about.
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(Staff.Advisor)));
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<ThreadView>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ThreadView.Thread)] = thread,
                [nameof(ThreadView.Lines)] = new List<Line> { thread.Line },
                [nameof(ThreadView.SelectedLineId)] = thread.Line.Id,
                [nameof(ThreadView.OnLineChanged)] = EventCallback.Factory.Create<int>(new object(), (int _) => { }),
                [nameof(ThreadView.Time)] = time,
            }));
            return output.ToHtmlString();
        });
    }

    public static async Task<string> LoadAndRenderAsync(TestApp app, ThreadDriver driver)
    {
        var (contactId, lineId) = await driver.Ids();
        await using var db = app.CreateDbContext();
        return await RenderAsync(app, (await ThreadModel.LoadAsync(db, contactId, lineId))!);
    }
}
