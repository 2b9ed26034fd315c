using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReferralCorrectionsAndWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Referrals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Referrals",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnById",
                table: "Referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReferralCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Before = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    After = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CorrectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CorrectedById = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralCorrections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CarelineReportNumber",
                table: "Referrals",
                column: "CarelineReportNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralCorrections_ReferralId",
                table: "ReferralCorrections",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferralCorrections");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_CarelineReportNumber",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "WithdrawnById",
                table: "Referrals");
        }
    }
}
