using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PersonChangedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedAt",
                table: "People",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Each youth's last change is at least its making: the registry's first look reads them all anyway.
            migrationBuilder.Sql("UPDATE \"People\" SET \"ChangedAt\" = \"CreatedAt\";");

            migrationBuilder.CreateIndex(
                name: "IX_People_ChangedAt",
                table: "People",
                column: "ChangedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_ChangedAt",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "People");
        }
    }
}
