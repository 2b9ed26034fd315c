using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportingStarts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CareTeamAssignments_Role_StartedOn_CaseId",
                table: "CareTeamAssignments");

            migrationBuilder.CreateTable(
                name: "ReportingStarts",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Youth = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDay = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingStarts", x => x.AssignmentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingStarts_CaseId",
                table: "ReportingStarts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingStarts_Counting",
                table: "ReportingStarts",
                columns: new[] { "Day", "Youth", "FirstDay", "CaseId" });

            // The start rows are made with the cases' reporting rows: emptied, every case's rows (and its starts) are made
            // again at the next start (ReportingRebuild), as after the migration that first added them.
            migrationBuilder.Sql("DELETE FROM \"ReportingCases\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportingStarts");

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamAssignments_Role_StartedOn_CaseId",
                table: "CareTeamAssignments",
                columns: new[] { "Role", "StartedOn", "CaseId" });
        }
    }
}
