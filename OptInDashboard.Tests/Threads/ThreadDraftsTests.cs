using OptInDashboard.Components.Pages.Threads;

namespace OptInDashboard.Tests.Threads;

public sealed class ThreadDraftsTests
{
    private static readonly ThreadKey MariaOnService = new(1, 1);
    private static readonly ThreadKey JamesOnService = new(2, 1);
    private static readonly ThreadKey MariaOnMarketing = new(1, 2);

    [Fact]
    public void ADraftIsKeptForItsOwnThreadOnly()
    {
        var drafts = new ThreadDrafts();

        drafts.Set(MariaOnService, "Hi Maria, your RAV4 total is $412.");

        Assert.Equal("", drafts.Get(JamesOnService));
        Assert.Equal("", drafts.Get(MariaOnMarketing));
        Assert.Equal("Hi Maria, your RAV4 total is $412.", drafts.Get(MariaOnService));
    }

    [Fact]
    public void ASentDraftIsClearedUnlessSomethingNewWasTypedMeanwhile()
    {
        var drafts = new ThreadDrafts();
        drafts.Set(MariaOnService, "Ready at 4");
        drafts.Set(JamesOnService, "Ready at 5");

        drafts.Sent(MariaOnService, "Ready at 4");
        drafts.Sent(JamesOnService, "Ready at");

        Assert.Equal("", drafts.Get(MariaOnService));
        Assert.Equal("Ready at 5", drafts.Get(JamesOnService));
    }
}
