using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OptInDashboard.Accounts;

namespace OptInDashboard.Data.Configurations;

internal sealed class DealerGroupConfiguration : IEntityTypeConfiguration<DealerGroup>
{
    public void Configure(EntityTypeBuilder<DealerGroup> group) => group.Property(g => g.Name).HasMaxLength(200);
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> user)
    {
        user.HasOne(u => u.Group).WithMany().HasForeignKey(u => u.GroupId).OnDelete(DeleteBehavior.Restrict);
        user.Ignore(u => u.IsActive);
    }
}

internal sealed class DealershipRoleConfiguration : IEntityTypeConfiguration<DealershipRole>
{
    public void Configure(EntityTypeBuilder<DealershipRole> role)
    {
        role.HasKey(r => new { r.UserId, r.AccountId });
        role.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        role.HasOne(r => r.Account).WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdminChangeConfiguration : IEntityTypeConfiguration<AdminChange>
{
    public void Configure(EntityTypeBuilder<AdminChange> change)
    {
        change.HasOne<DealerGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
        change.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        change.Property(c => c.Actor).HasMaxLength(256);
        change.Property(c => c.Summary).HasMaxLength(AdminChange.MaxSummary);
        change.HasIndex(c => new { c.GroupId, c.OccurredAt });
    }
}

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> session)
    {
        session.Property(s => s.Id).HasMaxLength(StaffSession.IdLength);
        session.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => s.ExpiresAt);
    }
}
