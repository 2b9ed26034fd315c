using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegalAndJustice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LegalProtections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CourtOrAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalProtections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalProtections_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Offenders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameOrAlias = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Relationship = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offenders_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalProtectionSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProtectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalProtectionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalProtectionSteps_LegalProtections_ProtectionId",
                        column: x => x.ProtectionId,
                        principalTable: "LegalProtections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Arrests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OffenderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Arrests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Arrests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arrests_Offenders_OffenderId",
                        column: x => x.OffenderId,
                        principalTable: "Offenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourtDates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OffenderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProtectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtDates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtDates_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtDates_LegalProtections_ProtectionId",
                        column: x => x.ProtectionId,
                        principalTable: "LegalProtections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtDates_Offenders_OffenderId",
                        column: x => x.OffenderId,
                        principalTable: "Offenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Charges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OffenderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrestId = table.Column<Guid>(type: "uuid", nullable: true),
                    OffenseCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OffenseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ChargedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charges_Arrests_ArrestId",
                        column: x => x.ArrestId,
                        principalTable: "Arrests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Charges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Charges_Offenders_OffenderId",
                        column: x => x.OffenderId,
                        principalTable: "Offenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChargeDispositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChargeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargeDispositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChargeDispositions_Charges_ChargeId",
                        column: x => x.ChargeId,
                        principalTable: "Charges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_ArrestedOn",
                table: "Arrests",
                column: "ArrestedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_CaseId",
                table: "Arrests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Arrests_OffenderId",
                table: "Arrests",
                column: "OffenderId");

            migrationBuilder.CreateIndex(
                name: "IX_ChargeDispositions_ChargeId",
                table: "ChargeDispositions",
                column: "ChargeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChargeDispositions_On",
                table: "ChargeDispositions",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_ArrestId",
                table: "Charges",
                column: "ArrestId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_CaseId",
                table: "Charges",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_ChargedOn",
                table: "Charges",
                column: "ChargedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_OffenderId",
                table: "Charges",
                column: "OffenderId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtDates_CaseId_At",
                table: "CourtDates",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CourtDates_OffenderId",
                table: "CourtDates",
                column: "OffenderId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtDates_ProtectionId",
                table: "CourtDates",
                column: "ProtectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalProtectionSteps_On_Step",
                table: "LegalProtectionSteps",
                columns: new[] { "On", "Step" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalProtectionSteps_ProtectionId",
                table: "LegalProtectionSteps",
                column: "ProtectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalProtections_CaseId",
                table: "LegalProtections",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Offenders_CaseId",
                table: "Offenders",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChargeDispositions");

            migrationBuilder.DropTable(
                name: "CourtDates");

            migrationBuilder.DropTable(
                name: "LegalProtectionSteps");

            migrationBuilder.DropTable(
                name: "Charges");

            migrationBuilder.DropTable(
                name: "LegalProtections");

            migrationBuilder.DropTable(
                name: "Arrests");

            migrationBuilder.DropTable(
                name: "Offenders");
        }
    }
}
