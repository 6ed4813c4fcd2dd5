using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.Migrations
{
    /// <summary>
    /// The consent ledger and the intent-model activations refuse UPDATE and DELETE in the database itself, so
    /// raw SQL, a script or another tool cannot rewrite the evidence either. A later migration that rebuilds one
    /// of these tables (SQLite does so to change a column) drops its triggers and must create them again;
    /// LedgerIsAppendOnlyTests fails if it does not.
    /// </summary>
    [DbContext(typeof(ConsentDbContext))]
    [Migration("20261206163000_LedgerAppendOnlyInTheDatabase")]
    public partial class LedgerAppendOnlyInTheDatabase : Migration
    {
        private static readonly string[] AppendOnlyTables = ["ConsentLedger", "IntentModelActivations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite") return;
            foreach (var table in AppendOnlyTables)
                foreach (var change in new[] { "UPDATE", "DELETE" })
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER "{table}_No{change}" BEFORE {change} ON "{table}"
                        BEGIN SELECT RAISE(ABORT, '{table} is append-only: a correction is a new row, old rows are never updated or deleted.'); END;
                        """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite") return;
            foreach (var table in AppendOnlyTables)
                foreach (var change in new[] { "UPDATE", "DELETE" })
                    migrationBuilder.Sql($"""DROP TRIGGER "{table}_No{change}";""");
        }
    }
}
