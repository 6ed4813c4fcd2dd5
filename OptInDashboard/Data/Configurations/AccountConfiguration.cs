using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OptInDashboard.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.Property(a => a.Name).HasMaxLength(200);
        account.HasOne(a => a.Group).WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Restrict);
        account.Property(a => a.TimeZone).HasMaxLength(64).HasDefaultValue(DealershipTime.DefaultTimeZone);
    }
}
