using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SavedPublications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SavedPublications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MinCell = table.Column<int>(type: "INTEGER", nullable: false),
                    CrossTabRows = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CrossTabColumns = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Compare = table.Column<bool>(type: "INTEGER", nullable: false),
                    Trend = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DataAsOf = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SoftwareVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: false),
                    SavedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedPublications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SavedPublications_SavedAt",
                table: "SavedPublications",
                column: "SavedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SavedPublications");
        }
    }
}
