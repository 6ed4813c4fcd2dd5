using OptInDashboard.Data;
using OptInDashboard.Messaging;

namespace OptInDashboard.Consent;

/// <summary>
/// Where a text's recipient reads it: every time zone they may be in (a text waits until it is allowed in each) and the
/// states whose texting law applies. The contact's own time zone overrides; else their state (narrowed by the number's
/// area code when that lies in it); else the number's area code; else the dealership's zone. The law of the contact's
/// state and of the number's area code both apply: Florida's FTSA presumes a Florida area code is a Florida resident.
/// </summary>
public sealed record RecipientLocation(IReadOnlyList<TimeZoneInfo> Zones, IReadOnlyList<UsStates.State> States)
{
    public static RecipientLocation Of(Contact contact, TimeZoneInfo dealershipZone)
    {
        var (numberZones, place) = PhoneNumber.Area(contact.PhoneNumber);
        var numberState = UsStates.Find(place is null ? null : place.Split(", ")[^1]);
        var contactState = UsStates.Find(contact.State);
        var states = new[] { contactState, numberState }.OfType<UsStates.State>().Distinct().ToList();
        if (DealershipTime.TryFindZone(contact.TimeZone, out var chosen)) return new([chosen], states);

        IReadOnlyList<string> zones = contactState is null ? numberZones : numberZones.Intersect(contactState.Zones).ToList() switch
        {
            { Count: > 0 } inState => inState,
            _ => contactState.Zones,
        };
        var found = zones.Select(id => DealershipTime.TryFindZone(id, out var zone) ? zone : null).OfType<TimeZoneInfo>().ToList();
        return new(found.Count > 0 ? found : [dealershipZone], states);
    }
}
