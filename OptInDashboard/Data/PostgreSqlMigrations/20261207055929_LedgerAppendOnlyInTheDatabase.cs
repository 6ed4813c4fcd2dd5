using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.PostgreSqlMigrations
{
    /// <summary>
    /// On PostgreSQL as on SQLite, the consent ledger and the intent-model activations refuse UPDATE and DELETE in
    /// the database itself (TRUNCATE too, which PostgreSQL would otherwise allow past row triggers), so raw SQL, a
    /// script or another tool cannot rewrite the evidence.
    /// </summary>
    public partial class LedgerAppendOnlyInTheDatabase : Migration
    {
        private static readonly string[] AppendOnlyTables = ["ConsentLedger", "IntentModelActivations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: a correction is a new row, old rows are never updated or deleted.', TG_TABLE_NAME;
                END $$;
                """);
            foreach (var table in AppendOnlyTables)
            {
                migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoRewrite" BEFORE UPDATE OR DELETE ON "{table}" FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();""");
                migrationBuilder.Sql($"""CREATE TRIGGER "{table}_NoTruncate" BEFORE TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();""");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AppendOnlyTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_NoRewrite" ON "{table}";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_NoTruncate" ON "{table}";""");
            }
            migrationBuilder.Sql("DROP FUNCTION refuse_rewrite();");
        }
    }
}
