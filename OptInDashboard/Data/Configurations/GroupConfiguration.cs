using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OptInDashboard.Consent;

namespace OptInDashboard.Data.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> group)
    {
        group.Property(g => g.Name).HasMaxLength(100);
        group.HasOne<Account>().WithMany().HasForeignKey(g => g.AccountId);
        group.HasIndex(g => new { g.AccountId, g.Name }).IsUnique();
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> member)
    {
        member.HasKey(m => new { m.GroupId, m.ContactId });
        member.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId);
        member.HasOne(m => m.Contact).WithMany().HasForeignKey(m => m.ContactId);
    }
}

internal sealed class ContactTagConfiguration : IEntityTypeConfiguration<ContactTag>
{
    public void Configure(EntityTypeBuilder<ContactTag> tag)
    {
        tag.HasKey(t => new { t.ContactId, t.Name });
        tag.Property(t => t.Name).HasMaxLength(100);
        tag.HasOne(t => t.Contact).WithMany().HasForeignKey(t => t.ContactId);
    }
}
