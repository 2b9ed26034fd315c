using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListLifeOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ImmediateSafetyConcern_CaseId",
                table: "Referrals");

            migrationBuilder.AddColumn<int>(
                name: "LifeOrder",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "CASE \"Status\" WHEN 'Open' THEN 0 WHEN 'Active' THEN 1 WHEN 'FollowUp' THEN 2 WHEN 'Reopened' THEN 3 ELSE 4 END",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId_Flagged",
                table: "Referrals",
                column: "CaseId",
                filter: "\"ImmediateSafetyConcern\" AND \"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LifeOrder_Id",
                table: "Cases",
                columns: new[] { "LifeOrder", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_CaseId_Flagged",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_LifeOrder_Id",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LifeOrder",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ImmediateSafetyConcern_CaseId",
                table: "Referrals",
                columns: new[] { "ImmediateSafetyConcern", "CaseId" });
        }
    }
}
