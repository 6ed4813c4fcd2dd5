using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class IntentModelActivations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IntentModelActivations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReplacedVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ModelFile = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ActivatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActivatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Comparison = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntentModelActivations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntentModelActivations_Sequence",
                table: "IntentModelActivations",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IntentModelActivations");
        }
    }
}
