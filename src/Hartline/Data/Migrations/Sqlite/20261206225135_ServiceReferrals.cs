using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ServiceReferralId",
                table: "CaseAccessGrants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseServiceFacts",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LanguageCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Populations = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseServiceFacts", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseServiceFacts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNeeds_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProviderAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SenderAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ShareProfile = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SharedFields = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EligibilityWarning = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EligibilityNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceReferrals_Agencies_ProviderAgencyId",
                        column: x => x.ProviderAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceReferrals_Agencies_SenderAgencyId",
                        column: x => x.SenderAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceReferrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceReferrals_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceReferrals_ServiceNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ServiceNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Units = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedByAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceDeliveries_ServiceReferrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "ServiceReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceReferralSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceReferralSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceReferralSteps_ServiceReferrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "ServiceReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccessGrants_ServiceReferralId",
                table: "CaseAccessGrants",
                column: "ServiceReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_DeliveredOn",
                table: "ServiceDeliveries",
                column: "DeliveredOn");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_ReferralId_DeliveredOn",
                table: "ServiceDeliveries",
                columns: new[] { "ReferralId", "DeliveredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNeeds_CaseId_Status",
                table: "ServiceNeeds",
                columns: new[] { "CaseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferralSteps_ReferralId_At",
                table: "ServiceReferralSteps",
                columns: new[] { "ReferralId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_CaseId_CreatedAt",
                table: "ServiceReferrals",
                columns: new[] { "CaseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_NeedId",
                table: "ServiceReferrals",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_Number",
                table: "ServiceReferrals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_ProviderAgencyId_Status_SentAt",
                table: "ServiceReferrals",
                columns: new[] { "ProviderAgencyId", "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_SenderAgencyId",
                table: "ServiceReferrals",
                column: "SenderAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_ServiceId",
                table: "ServiceReferrals",
                column: "ServiceId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseAccessGrants_ServiceReferrals_ServiceReferralId",
                table: "CaseAccessGrants",
                column: "ServiceReferralId",
                principalTable: "ServiceReferrals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseAccessGrants_ServiceReferrals_ServiceReferralId",
                table: "CaseAccessGrants");

            migrationBuilder.DropTable(
                name: "CaseServiceFacts");

            migrationBuilder.DropTable(
                name: "ServiceDeliveries");

            migrationBuilder.DropTable(
                name: "ServiceReferralSteps");

            migrationBuilder.DropTable(
                name: "ServiceReferrals");

            migrationBuilder.DropTable(
                name: "ServiceNeeds");

            migrationBuilder.DropIndex(
                name: "IX_CaseAccessGrants_ServiceReferralId",
                table: "CaseAccessGrants");

            migrationBuilder.DropColumn(
                name: "ServiceReferralId",
                table: "CaseAccessGrants");
        }
    }
}
