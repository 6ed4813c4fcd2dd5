using OptInDashboard.Messaging;

namespace OptInDashboard.Tests.Messaging;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("(555) 201-0123", "+15552010123")]
    [InlineData("555.201.0123", "+15552010123")]
    [InlineData("1 555 201 0123", "+15552010123")]
    [InlineData("+1 555-201-0123", "+15552010123")]
    [InlineData("15552010123", "+15552010123")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    public void NumbersNormaliseToE164WithTheUsAsDefaultRegion(string input, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(input, out var e164));
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
    public void WhatCannotBeAPhoneNumberIsRefused(string input) => Assert.False(PhoneNumber.TryNormalize(input, out _));

    [Fact]
    public void RefusalSaysWhatIsExpected()
    {
        var error = Assert.Throws<FormatException>(() => PhoneNumber.Normalize("hello"));
        Assert.Contains("is not a phone number", error.Message);
    }

    [Fact]
    public void MaskedNumbersShowOnlyTheLastFourDigits() => Assert.Equal("********0123", PhoneNumber.Mask("+15552010123"));
}
