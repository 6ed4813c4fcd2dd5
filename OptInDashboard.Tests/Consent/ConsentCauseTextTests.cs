using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Consent;

public sealed class ConsentCauseTextTests
{
    public static TheoryData<ConsentCause> Causes => [.. Enum.GetValues<ConsentCause>()];

    [Theory]
    [MemberData(nameof(Causes))]
    public void EveryCauseIsDescribedInWordsNotByItsEnumName(ConsentCause cause)
    {
        var words = cause.Describe();

        Assert.NotEqual("Other", words);
        Assert.Contains(' ', words); // words, not a PascalCase identifier
        Assert.NotEqual(cause.ToString(), words, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AStaffOptOutSaysStaffRecordedItForTheCustomer() =>
        Assert.Equal("Recorded by staff for the customer", ConsentCause.StaffOnBehalf.Describe());
}
