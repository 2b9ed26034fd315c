using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseNotesAndYouthVoice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AuthorAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ContactOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SupersedesId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupersededById = table.Column<Guid>(type: "uuid", nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Agencies_AuthorAgencyId",
                        column: x => x.AuthorAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNotes_CaseNotes_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    YouthWords = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    WorkerDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Domain = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Agreement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgreementOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementHow = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AddedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedByAgencyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItems_Agencies_AddedByAgencyId",
                        column: x => x.AddedByAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YouthFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    How = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FeltListenedTo = table.Column<int>(type: "integer", nullable: true),
                    FeltSafe = table.Column<int>(type: "integer", nullable: true),
                    HadASay = table.Column<int>(type: "integer", nullable: true),
                    YouthWords = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByAgencyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthFeedback_Agencies_RecordedByAgencyId",
                        column: x => x.RecordedByAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YouthFeedback_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YouthPreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    NameUsed = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Pronouns = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Language = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    WantPresent = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DoNotWantPresent = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ContactMethod = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ContactTimes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MessageMayBeLeft = table.Column<bool>(type: "boolean", nullable: true),
                    DoesNotWant = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthPreferences_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseNoteReaders",
                columns: table => new
                {
                    NoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNoteReaders", x => new { x.NoteId, x.AgencyId });
                    table.ForeignKey(
                        name: "FK_CaseNoteReaders_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNoteReaders_CaseNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanItemAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agreement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    How = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    YouthComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItemAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItemAgreements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanItemAgreements_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNoteReaders_AgencyId",
                table: "CaseNoteReaders",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_AuthorAgencyId",
                table: "CaseNotes",
                column: "AuthorAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId_WrittenAt",
                table: "CaseNotes",
                columns: new[] { "CaseId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_SupersedesId",
                table: "CaseNotes",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemAgreements_CaseId",
                table: "PlanItemAgreements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemAgreements_On",
                table: "PlanItemAgreements",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemAgreements_PlanItemId",
                table: "PlanItemAgreements",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_AddedByAgencyId",
                table: "PlanItems",
                column: "AddedByAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_CaseId_AddedAt",
                table: "PlanItems",
                columns: new[] { "CaseId", "AddedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_YouthFeedback_CaseId_GivenOn",
                table: "YouthFeedback",
                columns: new[] { "CaseId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_YouthFeedback_GivenOn",
                table: "YouthFeedback",
                column: "GivenOn");

            migrationBuilder.CreateIndex(
                name: "IX_YouthFeedback_RecordedByAgencyId",
                table: "YouthFeedback",
                column: "RecordedByAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthPreferences_CaseId_RecordedAt",
                table: "YouthPreferences",
                columns: new[] { "CaseId", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNoteReaders");

            migrationBuilder.DropTable(
                name: "PlanItemAgreements");

            migrationBuilder.DropTable(
                name: "YouthFeedback");

            migrationBuilder.DropTable(
                name: "YouthPreferences");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "PlanItems");
        }
    }
}
