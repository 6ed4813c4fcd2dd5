using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using PhoneNumbers;
using ParsedNumber = PhoneNumbers.PhoneNumber;

namespace OptInDashboard.Messaging;

/// <summary>
/// Phone numbers in E.164 (+15551234567), read by libphonenumber with the US as the default region: an advisor may type
/// "(555) 201-0199", "555.201.0199", "1-555-201-0199", "+1 555 201 0199" or "011 44 20 7946 0958".
/// </summary>
/// <remarks>
/// A number is accepted when it is possible (the right length for its country) and fits its country's numbering plan
/// (libphonenumber's general pattern: a US area code starts with 2-9), not only when libphonenumber knows it as assigned
/// (<c>IsValidNumber</c>). The fictional 555 area code of the demo, the tests and TV shows is assigned to no one, so
/// IsValidNumber refuses every such number, and newly opened area codes would be refused until the library catches up.
/// </remarks>
public static class PhoneNumber
{
    private const string DefaultRegion = "US";
    private const string Hint = "Type a US number such as (555) 201-0123, or + and the country code for another country.";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? e164) => TryNormalize(input, out e164, out _);

    /// <param name="problem">When the input is refused: why, in words an advisor can act on.</param>
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? e164, [NotNullWhen(false)] out string? problem)
    {
        e164 = null;
        if (!TryParse(input, out var number, out problem)) return false;
        e164 = Util.Format(number, PhoneNumberFormat.E164);
        return true;
    }

    public static string Normalize(string input) =>
        TryNormalize(input, out var e164, out var problem) ? e164 : throw new FormatException(problem);

    /// <summary>
    /// Where a number's area code is (libphonenumber's time-zone mapping and offline geocoder): its IANA time zones and,
    /// for a US area code, its state ("Florida", or "New York, NY" for a city). Nothing for a number with no area, such
    /// as a toll-free one, an unknown area code such as the demo's 555 numbers, or a sender that is no phone number (a
    /// short code, a name): the caller falls back.
    /// </summary>
    public static (IReadOnlyList<string> Zones, string? Place) Area(string number)
    {
        if (!TryParse(number, out var parsed, out _) || !Util.IsNumberGeographical(parsed)) return ([], null);
        var mapper = PhoneNumberToTimeZonesMapper.GetInstance();
        var zones = mapper.GetTimeZonesForNumber(parsed).Where(zone => zone != mapper.GetUnknownTimeZone()).ToList();
        var place = PhoneNumberOfflineGeocoder.GetInstance().GetDescriptionForNumber(parsed, Locale.English);
        return (zones, string.IsNullOrEmpty(place) ? null : place);
    }

    /// <summary>For logs: never a whole number.</summary>
    public static string Mask(string? number) =>
        number is { Length: > 4 } ? new string('*', number.Length - 4) + number[^4..] : "****";

    private static bool TryParse(string? input, [NotNullWhen(true)] out ParsedNumber? number, [NotNullWhen(false)] out string? problem)
    {
        number = null;
        try
        {
            number = Util.Parse(input ?? "", DefaultRegion);
        }
        catch (NumberParseException e)
        {
            problem = Refusal(input, e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => "starts with no country's code",
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => "is too short for a phone number",
                ErrorType.TOO_LONG => "is too long for a phone number",
                _ => "is not a phone number",
            });
            return false;
        }

        problem = Util.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.IS_POSSIBLE when number.HasExtension => Refusal(input, "has an extension, which a text message cannot reach"),
            PhoneNumberUtil.ValidationResult.IS_POSSIBLE when !FitsNumberingPlan(number) => Refusal(input, $"does not fit the numbering plan of +{number.CountryCode}"),
            PhoneNumberUtil.ValidationResult.IS_POSSIBLE => null,
            PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY => Refusal(input, "has no area code"),
            PhoneNumberUtil.ValidationResult.TOO_SHORT => Refusal(input, "is too short for a phone number"),
            PhoneNumberUtil.ValidationResult.TOO_LONG => Refusal(input, "is too long for a phone number"),
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => Refusal(input, "starts with no country's code"),
            _ => Refusal(input, "has the wrong number of digits for a phone number"),
        };
        return problem is null;
    }

    private static bool FitsNumberingPlan(ParsedNumber number)
    {
        var plan = Util.GetMetadataForRegion(Util.GetRegionCodeForCountryCode(number.CountryCode))
                   ?? Util.GetMetadataForNonGeographicalRegion(number.CountryCode);
        return plan?.GeneralDesc?.NationalNumberPattern is not { Length: > 0 } pattern
               || Regex.IsMatch(Util.GetNationalSignificantNumber(number), $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    private static string Refusal(string? input, string reason) => $"'{input}' {reason}. {Hint}";
}
