using System.Net;
using Microsoft.Data.Sqlite;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Operations;

/// <summary>What a load balancer asks each instance, signed in as nobody.</summary>
public sealed class HealthEndpointsTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false, fileDatabase: true);

    public void Dispose() => _app.Dispose();

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARunningInstanceIsLiveAndReadyWithoutASignIn()
    {
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/live"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/ready"));
    }

    [Fact]
    public async Task AnInstanceThatCannotReachItsDatabaseIsLiveButNotReady()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/health/ready")).Status);

        SqliteConnection.ClearAllPools();
        Directory.Delete(_app.DatabaseFolder!, recursive: true); // the disk went away

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/live"));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync("/health/ready"));
    }
}
