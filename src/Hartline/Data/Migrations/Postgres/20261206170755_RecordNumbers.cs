using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
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
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "Cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecordNumberCounters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
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
                    UPDATE "{table}" AS t SET "Number" = '{prefix}-' || n.y || '-' || lpad(n.seq::text, greatest(5, length(n.seq::text)), '0')
                    FROM (SELECT "Id", extract(year FROM "{at}")::int AS y,
                                 row_number() OVER (PARTITION BY extract(year FROM "{at}")::int ORDER BY "{at}", "Id") AS seq
                          FROM "{table}") AS n
                    WHERE n."Id" = t."Id";
                    """);
                migrationBuilder.Sql($"""
                    INSERT INTO "RecordNumberCounters" ("Prefix", "Year", "Last")
                    SELECT '{prefix}', extract(year FROM "{at}")::int, count(*) FROM "{table}" GROUP BY extract(year FROM "{at}")::int;
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
