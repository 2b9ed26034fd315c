using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FieldEncryption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_CarelineReportNumber",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_People_DateOfBirth_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_FamilyNameKey_GivenNameKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_GivenNameKey",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FamilyNameKey",
                table: "People");

            migrationBuilder.DropColumn(
                name: "GivenNameKey",
                table: "People");

            migrationBuilder.RenameColumn(
                name: "BirthDay",
                table: "ReportingCases",
                newName: "AgeAtOpening");

            migrationBuilder.AddColumn<string>(
                name: "CarelineReportIndex",
                table: "Referrals",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BirthDateIndex",
                table: "People",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FamilyNameIndex",
                table: "People",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GivenNameIndex",
                table: "People",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CarelineReportIndex",
                table: "Referrals",
                column: "CarelineReportIndex");

            migrationBuilder.CreateIndex(
                name: "IX_People_BirthDateIndex",
                table: "People",
                column: "BirthDateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_People_FamilyNameIndex",
                table: "People",
                column: "FamilyNameIndex");

            migrationBuilder.CreateIndex(
                name: "IX_People_GivenNameIndex",
                table: "People",
                column: "GivenNameIndex");
            // The reporting rows held the birth day number; they now hold the age at opening: made again at the next start.
            // Names, dates of birth and texts already saved are encrypted by the sweep that follows this migration
            // (FieldSweep), which needs the keys a migration does not have.
            migrationBuilder.Sql("DELETE FROM \"ReportingCases\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_CarelineReportIndex",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_People_BirthDateIndex",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_FamilyNameIndex",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_GivenNameIndex",
                table: "People");

            migrationBuilder.DropColumn(
                name: "CarelineReportIndex",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "BirthDateIndex",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FamilyNameIndex",
                table: "People");

            migrationBuilder.DropColumn(
                name: "GivenNameIndex",
                table: "People");

            migrationBuilder.RenameColumn(
                name: "AgeAtOpening",
                table: "ReportingCases",
                newName: "BirthDay");

            migrationBuilder.AddColumn<string>(
                name: "FamilyNameKey",
                table: "People",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GivenNameKey",
                table: "People",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CarelineReportNumber",
                table: "Referrals",
                column: "CarelineReportNumber");

            migrationBuilder.CreateIndex(
                name: "IX_People_DateOfBirth_Id",
                table: "People",
                columns: new[] { "DateOfBirth", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_FamilyNameKey_GivenNameKey",
                table: "People",
                columns: new[] { "FamilyNameKey", "GivenNameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_People_GivenNameKey",
                table: "People",
                column: "GivenNameKey");
        }
    }
}
