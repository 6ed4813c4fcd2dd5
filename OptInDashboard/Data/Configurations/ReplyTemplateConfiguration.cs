using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OptInDashboard.Consent;

namespace OptInDashboard.Data.Configurations;

internal sealed class ReplyTemplateConfiguration : IEntityTypeConfiguration<ReplyTemplate>
{
    public void Configure(EntityTypeBuilder<ReplyTemplate> template)
    {
        template.Property(t => t.Language).HasMaxLength(8);
        template.Property(t => t.Text).HasMaxLength(640);
        template.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId);
        template.HasIndex(t => new { t.AccountId, t.Kind, t.Language }).IsUnique();
    }
}
