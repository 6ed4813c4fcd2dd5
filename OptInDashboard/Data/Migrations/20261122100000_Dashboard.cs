using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.Migrations;

/// <summary>
/// Unread tracking for the dashboard: how far each thread has been read.
/// Written by hand; MigrationsMatchTheModel proves it matches the model.
/// </summary>
[DbContext(typeof(ConsentDbContext))]
[Migration("20261122100000_Dashboard")]
public sealed class Dashboard : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ThreadReads",
            columns: table => new
            {
                ContactId = table.Column<int>(nullable: false),
                LineId = table.Column<int>(nullable: false),
                LastReadMessageId = table.Column<long>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ThreadReads", x => new { x.ContactId, x.LineId });
                table.ForeignKey(
                    name: "FK_ThreadReads_Contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "Contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ThreadReads_Lines_LineId",
                    column: x => x.LineId,
                    principalTable: "Lines",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ThreadReads_LineId",
            table: "ThreadReads",
            column: "LineId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ThreadReads");
    }
}
