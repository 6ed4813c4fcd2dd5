namespace OptInDashboard.Components.Pages.Threads;

public static class ThreadsExtensions
{
    /// <summary>The services of the Threads page: the advisor's unsent drafts, one store per circuit.</summary>
    public static WebApplicationBuilder AddThreadsPage(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ThreadDrafts>();
        return builder;
    }
}
