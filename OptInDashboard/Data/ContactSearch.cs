
namespace OptInDashboard.Data;

/// <summary>Contacts whose name or number contains what staff typed; translated to SQL by both providers.</summary>
public static class ContactSearch
{
    public static IQueryable<Contact> Matching(IQueryable<Contact> contacts, string? term)
    {
        term = term?.Trim();
        if (string.IsNullOrEmpty(term)) return contacts;
        var lower = term.ToLower();
        return contacts.Where(c => (c.Name != null && c.Name.ToLower().Contains(lower)) || c.PhoneNumber.Contains(term));
    }
}
