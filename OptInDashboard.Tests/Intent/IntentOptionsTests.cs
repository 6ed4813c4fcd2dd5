using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

public class IntentOptionsTests
{
    private static ValidateOptionsResult Validate(IntentOptions options) => new IntentOptionsValidator().Validate(null, options);

    [Fact]
    public void TheDefaultsAreValid() => Assert.True(Validate(new IntentOptions()).Succeeded);

    [Fact]
    public void AReviewThresholdAboveTheOptOutThresholdIsRefused()
    {
        var result = Validate(new IntentOptions { OptOutThreshold = 0.6, ReviewThreshold = 0.8 });

        Assert.True(result.Failed);
        Assert.Contains("Intent:ReviewThreshold (0.8) must not be above Intent:OptOutThreshold (0.6)", result.FailureMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void AThresholdThatIsNotAProbabilityIsRefused(double threshold)
    {
        Assert.True(Validate(new IntentOptions { OptOutThreshold = threshold }).Failed);
        Assert.True(Validate(new IntentOptions { ReviewThreshold = threshold }).Failed);
        Assert.True(Validate(new IntentOptions { OptInThreshold = threshold }).Failed);
    }

    [Fact]
    public void AMissingModelPathIsRefused() => Assert.True(Validate(new IntentOptions { ModelPath = " " }).Failed);

    /// <summary>A host with only the intent model, configured like the app plus one setting.</summary>
    private static IHost HostWith(string key = "Intent:Unused", string value = "")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.AddIntentModel();
        return builder.Build();
    }

    [Fact]
    public async Task TheHostDoesNotStartWithInvalidThresholds()
    {
        using var host = HostWith("Intent:ReviewThreshold", "0.95");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Intent:ReviewThreshold", error.Message);
    }

    [Fact]
    public async Task AMissingModelFileStopsTheHostFromStarting()
    {
        using var host = HostWith("Intent:ModelPath", "Intent/Model/no-such-model.bin");

        await Assert.ThrowsAsync<FileNotFoundException>(() => host.StartAsync());
    }

    [Fact]
    public async Task TheHostLoadsTheModelWhenItStarts()
    {
        using var host = HostWith();
        await host.StartAsync();

        Assert.StartsWith("intent-v2+", host.Services.GetRequiredService<IIntentClassifier>().ModelVersion);
        await host.StopAsync();
    }
}
