using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OptInDashboard.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> contact)
    {
        contact.Property(c => c.PhoneNumber).HasMaxLength(16);
        contact.Property(c => c.Name).HasMaxLength(200);
        contact.Property(c => c.State).HasMaxLength(2);
        contact.Property(c => c.TimeZone).HasMaxLength(64);
        contact.HasIndex(c => new { c.AccountId, c.PhoneNumber }).IsUnique();
        contact.Ignore(c => c.DisplayName);
    }
}
