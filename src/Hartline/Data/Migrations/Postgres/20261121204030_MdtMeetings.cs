using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MdtMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MdtTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtTeams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MdtMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtMeetings_MdtTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "MdtTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtMembers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtMembers_MdtTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "MdtTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtAgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    AddedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtAgendaItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtAgendaItems_MdtMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MdtMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    GuestName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GuestAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GuestRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtAttendance_MdtMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MdtMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtAttendance_MdtMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "MdtMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtActionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtActionItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtActionItems_MdtAgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "MdtAgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtActionItems_MdtMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MdtMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MdtActionItems_MdtMembers_OwnerMemberId",
                        column: x => x.OwnerMemberId,
                        principalTable: "MdtMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MdtAgendaNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdtAgendaNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdtAgendaNotes_MdtAgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "MdtAgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_AgendaItemId",
                table: "MdtActionItems",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_CaseId",
                table: "MdtActionItems",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_MeetingId",
                table: "MdtActionItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_OwnerMemberId_Status",
                table: "MdtActionItems",
                columns: new[] { "OwnerMemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MdtActionItems_Status_DueOn",
                table: "MdtActionItems",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MdtAgendaItems_CaseId",
                table: "MdtAgendaItems",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtAgendaItems_MeetingId_CaseId",
                table: "MdtAgendaItems",
                columns: new[] { "MeetingId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MdtAgendaNotes_AgendaItemId",
                table: "MdtAgendaNotes",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtAttendance_MeetingId_MemberId",
                table: "MdtAttendance",
                columns: new[] { "MeetingId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MdtAttendance_MemberId",
                table: "MdtAttendance",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtMeetings_StartsAt",
                table: "MdtMeetings",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_MdtMeetings_TeamId_StartsAt",
                table: "MdtMeetings",
                columns: new[] { "TeamId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MdtMembers_AgencyId_LeftOn",
                table: "MdtMembers",
                columns: new[] { "AgencyId", "LeftOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MdtMembers_TeamId",
                table: "MdtMembers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtMembers_UserId",
                table: "MdtMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MdtTeams_RegionCode",
                table: "MdtTeams",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MdtActionItems");

            migrationBuilder.DropTable(
                name: "MdtAgendaNotes");

            migrationBuilder.DropTable(
                name: "MdtAttendance");

            migrationBuilder.DropTable(
                name: "MdtAgendaItems");

            migrationBuilder.DropTable(
                name: "MdtMembers");

            migrationBuilder.DropTable(
                name: "MdtMeetings");

            migrationBuilder.DropTable(
                name: "MdtTeams");
        }
    }
}
