using OptInDashboard.Data;

namespace OptInDashboard.Tests.Data;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void ARelativeDatabaseLivesInTheUsersDataFolderNotUnderBin()
    {
        var folder = DataExtensions.DataFolder(AppContext.BaseDirectory);

        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "OptInDashboard"), folder);
        Assert.DoesNotContain($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", folder + Path.DirectorySeparatorChar);
    }
}
