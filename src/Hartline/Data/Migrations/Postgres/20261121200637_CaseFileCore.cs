using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseFileCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareTeamAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AssignedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareTeamAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareTeamAssignments_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareTeamAssignments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReasonCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ChangedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStatusChanges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExploitationProfiles",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TraffickingStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    StatusDecidedBy = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    StatusDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExploitationTypes = table.Column<List<string>>(type: "text[]", nullable: false),
                    SexExploitationTypes = table.Column<List<string>>(type: "text[]", nullable: false),
                    LaborIndustry = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MethodsOfControl = table.Column<List<string>>(type: "text[]", nullable: false),
                    RecruitmentMethod = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecruitmentPlatforms = table.Column<List<string>>(type: "text[]", nullable: false),
                    RecruiterRelationship = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Vulnerabilities = table.Column<List<string>>(type: "text[]", nullable: false),
                    AgeWhenFirstExploited = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExploitationProfiles", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_ExploitationProfiles_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MissingEpisodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MissingFromCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WhereFound = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReportedToPolice = table.Column<bool>(type: "boolean", nullable: false),
                    ReportedToNcmec = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissingEpisodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissingEpisodes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamAssignments_AgencyId",
                table: "CareTeamAssignments",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamAssignments_CaseId_Role",
                table: "CareTeamAssignments",
                columns: new[] { "CaseId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamAssignments_UserId",
                table: "CareTeamAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatusChanges_CaseId_ChangedAt",
                table: "CaseStatusChanges",
                columns: new[] { "CaseId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_CaseId_StartedAt",
                table: "MissingEpisodes",
                columns: new[] { "CaseId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareTeamAssignments");

            migrationBuilder.DropTable(
                name: "CaseStatusChanges");

            migrationBuilder.DropTable(
                name: "ExploitationProfiles");

            migrationBuilder.DropTable(
                name: "MissingEpisodes");
        }
    }
}
