using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "Referrals",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecordNumberCounters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordNumberCounters", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Number",
                table: "Referrals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            // Records saved before numbers existed get theirs in the order they came, year by year: a referral by
            // its receipt (the UTC year: one received on New Year's Eve evening may take the next year's), a case
            // by its opening day.
            foreach (var (table, prefix, at) in new[] { ("Referrals", "R", "ReceivedAt"), ("Cases", "C", "OpenedOn") })
            {
                migrationBuilder.Sql($"""
                    UPDATE "{table}" SET "Number" = '{prefix}-' || n."Y" || '-' || printf('%05d', n."Seq")
                    FROM (SELECT "Id", substr("{at}", 1, 4) AS "Y",
                                 ROW_NUMBER() OVER (PARTITION BY substr("{at}", 1, 4) ORDER BY "{at}", "Id") AS "Seq"
                          FROM "{table}") AS n
                    WHERE n."Id" = "{table}"."Id";
                    """);
                migrationBuilder.Sql($"""
                    INSERT INTO "RecordNumberCounters" ("Prefix", "Year", "Last")
                    SELECT '{prefix}', CAST(substr("{at}", 1, 4) AS INTEGER), COUNT(*) FROM "{table}" GROUP BY substr("{at}", 1, 4);
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordNumberCounters");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_Number",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Number",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Cases");
        }
    }
}
