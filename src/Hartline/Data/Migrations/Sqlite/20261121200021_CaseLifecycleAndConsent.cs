using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseLifecycleAndConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosureReasonCode",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SharingConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GiverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecipientAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purposes = table.Column<string>(type: "TEXT", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Limits = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WithdrawnById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharingConsents_Agencies_RecipientAgencyId",
                        column: x => x.RecipientAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharingConsents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SharingConsents_CaseId_WithdrawnOn",
                table: "SharingConsents",
                columns: new[] { "CaseId", "WithdrawnOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SharingConsents_RecipientAgencyId",
                table: "SharingConsents",
                column: "RecipientAgencyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SharingConsents");

            migrationBuilder.DropColumn(
                name: "ClosureReasonCode",
                table: "Cases");
        }
    }
}
