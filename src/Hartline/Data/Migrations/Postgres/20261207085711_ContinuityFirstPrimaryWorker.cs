using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContinuityFirstPrimaryWorker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FirstPrimaryWorkerDay",
                table: "ReportingCases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamAssignments_Role_StartedOn_CaseId",
                table: "CareTeamAssignments",
                columns: new[] { "Role", "StartedOn", "CaseId" });

            // The rows are made again from the live records at the next start (ReportingRebuild), each with its youth's
            // first primary worker: one definition of a row, in code, rather than a second one here in SQL.
            migrationBuilder.Sql("DELETE FROM \"ReportingCases\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CareTeamAssignments_Role_StartedOn_CaseId",
                table: "CareTeamAssignments");

            migrationBuilder.DropColumn(
                name: "FirstPrimaryWorkerDay",
                table: "ReportingCases");
        }
    }
}
