using OptInDashboard.Messaging;
using OptInDashboard.Messaging.Vonage;

namespace OptInDashboard.Tests.Messaging;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("(555) 201-0199")]
    [InlineData("555.201.0199")]
    [InlineData("555 201 0199")]
    [InlineData("5552010199")]
    [InlineData("+1 555 201 0199")]
    [InlineData("1-555-201-0199")]
    [InlineData("1 (555) 201-0199")]
    [InlineData("+15552010199")]
    public void AnAdvisorMayTypeANumberInAnyCommonUsFormat(string typed) =>
        Assert.Equal("+15552010199", PhoneNumber.Normalize(typed));

    [Theory]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("011 44 20 7946 0958", "+442079460958")]
    [InlineData("+52 55 1234 5678", "+525512345678")]
    public void AnotherCountrysNumberIsTypedWithPlusOrTheUsInternationalPrefix(string typed, string expected) =>
        Assert.Equal(expected, PhoneNumber.Normalize(typed));

    [Theory]
    [InlineData("+15555550100")]
    [InlineData("+15552010123")]
    public void TheFictional555NumbersOfTheDemoAreAccepted(string number) =>
        Assert.True(PhoneNumber.TryNormalize(number, out _));

    [Theory]
    [InlineData("15552010199", "+15552010199")]
    [InlineData("+15552010199", "+15552010199")]
    [InlineData("442079460958", "+442079460958")]
    public void VonagesNumbersWithoutAPlusBecomeE164(string vonage, string expected)
    {
        Assert.True(VonageNumber.TryToE164(vonage, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("555-0123")]
    [InlineData("(055) 201-0123")]
    [InlineData("+1 155 201 0123")]
    [InlineData("+1234567890123456")]
    [InlineData("555 201 0123 ext 4")]
    [InlineData("0044 20 7946 0958")]
    public void WhatCannotBeAPhoneNumberIsRefused(string input) => Assert.False(PhoneNumber.TryNormalize(input, out _));

    [Theory]
    [InlineData("hello", "'hello' is not a phone number")]
    [InlineData("555-0123", "'555-0123' has no area code")]
    [InlineData("12345", "'12345' is too short for a phone number")]
    [InlineData("+1234567890123456", "is too long for a phone number")]
    [InlineData("+999 1234567", "'+999 1234567' starts with no country's code")]
    [InlineData("555 201 0123 ext 4", "has an extension, which a text message cannot reach")]
    [InlineData("(055) 201-0123", "'(055) 201-0123' does not fit the numbering plan of +1")]
    public void AnImpossibleNumberIsRefusedWithAClearMessage(string input, string reason)
    {
        Assert.False(PhoneNumber.TryNormalize(input, out _, out var problem));
        Assert.Contains(reason, problem);
        Assert.EndsWith("Type a US number such as (555) 201-0123, or + and the country code for another country.", problem);
    }

    [Fact]
    public void NormaliseThrowsTheSameClearMessage()
    {
        var error = Assert.Throws<FormatException>(() => PhoneNumber.Normalize("555-0123"));
        Assert.StartsWith("'555-0123' has no area code.", error.Message);
    }

    [Theory]
    [InlineData("+12125550100", "America/New_York")]
    [InlineData("(415) 555-0101", "America/Los_Angeles")]
    [InlineData("+13125550100", "America/Chicago")]
    [InlineData("+442079460958", "Europe/London")]
    public void ANumbersTimeZonesComeFromItsAreaCode(string number, string zone) =>
        Assert.Equal([zone], PhoneNumber.Area(number).Zones);

    [Theory]
    [InlineData("+13055550100", "Florida")]
    [InlineData("+15125550100", "Texas")]
    [InlineData("+12125550100", "New York, NY")]
    public void AUsNumbersPlaceComesFromItsAreaCode(string number, string place) => Assert.Equal(place, PhoneNumber.Area(number).Place);

    [Theory]
    [InlineData("+15552010199")] // the fictional 555 area code
    [InlineData("+18005550100")] // toll-free: it has no area
    [InlineData("DEALER")] // a sender named, not numbered
    public void ANumberWithNoKnownAreaHasNoTimeZoneOrPlace(string number) => Assert.Equal(([], null), (PhoneNumber.Area(number).Zones.ToArray(), PhoneNumber.Area(number).Place));

    [Fact]
    public void MaskedNumbersShowOnlyTheLastFourDigits() => Assert.Equal("********0123", PhoneNumber.Mask("+15552010123"));
}
