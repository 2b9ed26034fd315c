using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportingRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportingCases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Youth = table.Column<int>(type: "integer", nullable: false),
                    OpenedDay = table.Column<int>(type: "integer", nullable: false),
                    ClosedDay = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<int>(type: "integer", nullable: false),
                    Residence = table.Column<int>(type: "integer", nullable: false),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    BirthDay = table.Column<int>(type: "integer", nullable: true),
                    RaceEthnicity = table.Column<int>(type: "integer", nullable: false),
                    Recruiter = table.Column<int>(type: "integer", nullable: false),
                    ExploitationTypes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingCases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "ReportingCodes",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingCodes", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "ReportingPeople",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingPeople", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "ReportingReferrals",
                columns: table => new
                {
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedTicks = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Suspected = table.Column<int>(type: "integer", nullable: false),
                    ScreenedPositive = table.Column<bool>(type: "boolean", nullable: false),
                    Latest = table.Column<int>(type: "integer", nullable: false),
                    Linked = table.Column<bool>(type: "boolean", nullable: false),
                    HoursToScreening = table.Column<double>(type: "double precision", nullable: true),
                    HoursToDetermination = table.Column<double>(type: "double precision", nullable: true),
                    DaysToFirstMdt = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingReferrals", x => x.ReferralId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingCases_Counting",
                table: "ReportingCases",
                columns: new[] { "ClosedDay", "OpenedDay", "Youth", "Region", "Residence", "Gender", "BirthDay", "RaceEthnicity", "Recruiter", "ExploitationTypes" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingCases_Youth",
                table: "ReportingCases",
                column: "Youth");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingCodes_Code",
                table: "ReportingCodes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingPeople_PersonId",
                table: "ReportingPeople",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingReferrals_Counting",
                table: "ReportingReferrals",
                columns: new[] { "ReceivedTicks", "Source", "Suspected", "ScreenedPositive", "Latest", "Linked", "HoursToScreening", "HoursToDetermination", "DaysToFirstMdt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportingCases");

            migrationBuilder.DropTable(
                name: "ReportingCodes");

            migrationBuilder.DropTable(
                name: "ReportingPeople");

            migrationBuilder.DropTable(
                name: "ReportingReferrals");
        }
    }
}
