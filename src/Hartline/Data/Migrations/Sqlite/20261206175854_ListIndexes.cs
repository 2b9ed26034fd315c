using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_DateOfBirth",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_FamilyNameKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_MergedIntoId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OwnerAgencyId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PersonId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ImmediateSafetyConcern_CaseId",
                table: "Referrals",
                columns: new[] { "ImmediateSafetyConcern", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_People_DateOfBirth_Id",
                table: "People",
                columns: new[] { "DateOfBirth", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_FamilyNameKey_GivenNameKey",
                table: "People",
                columns: new[] { "FamilyNameKey", "GivenNameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_People_MergedIntoId",
                table: "People",
                column: "MergedIntoId",
                filter: "\"MergedIntoId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OwnerAgencyId_Id",
                table: "Cases",
                columns: new[] { "OwnerAgencyId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonId_Status_RegionCode",
                table: "Cases",
                columns: new[] { "PersonId", "Status", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionCode_Id",
                table: "Cases",
                columns: new[] { "RegionCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_Id",
                table: "Cases",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ImmediateSafetyConcern_CaseId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_People_DateOfBirth_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_FamilyNameKey_GivenNameKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_MergedIntoId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OwnerAgencyId_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PersonId_Status_RegionCode",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RegionCode_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_Id",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_People_DateOfBirth",
                table: "People",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_People_FamilyNameKey",
                table: "People",
                column: "FamilyNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_People_MergedIntoId",
                table: "People",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OwnerAgencyId",
                table: "Cases",
                column: "OwnerAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonId",
                table: "Cases",
                column: "PersonId");
        }
    }
}
