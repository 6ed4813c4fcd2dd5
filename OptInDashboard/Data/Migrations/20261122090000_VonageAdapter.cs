using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.Migrations;

/// <summary>Texts for numbers that are none of our lines, kept for Admins. Written by hand like Initial.</summary>
[DbContext(typeof(ConsentDbContext))]
[Migration("20261122090000_VonageAdapter")]
public sealed class VonageAdapter : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "UnroutedMessages",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ProviderMessageId = table.Column<string>(maxLength: 100, nullable: false),
                From = table.Column<string>(maxLength: 16, nullable: false),
                To = table.Column<string>(maxLength: 16, nullable: false),
                Text = table.Column<string>(maxLength: 1600, nullable: false),
                ReceivedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnroutedMessages", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_UnroutedMessages_ProviderMessageId",
            table: "UnroutedMessages",
            column: "ProviderMessageId",
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "UnroutedMessages");
    }
}
