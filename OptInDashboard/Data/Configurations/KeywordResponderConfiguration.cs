using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OptInDashboard.Consent;

namespace OptInDashboard.Data.Configurations;

internal sealed class KeywordResponderConfiguration : IEntityTypeConfiguration<KeywordResponder>
{
    public void Configure(EntityTypeBuilder<KeywordResponder> responder)
    {
        responder.Property(r => r.Keyword).HasMaxLength(50);
        responder.Property(r => r.Language).HasMaxLength(8);
        responder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId);
        // A group's or a line's own keywords go with it.
        responder.HasOne(r => r.Group).WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
        responder.HasOne(r => r.Line).WithMany().HasForeignKey(r => r.LineId).OnDelete(DeleteBehavior.Cascade);
        responder.HasIndex(r => new { r.AccountId, r.LineId, r.Keyword }).IsUnique();
    }
}
