using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hartline.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Period = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MinCell = table.Column<int>(type: "integer", nullable: false),
                    CrossTabRows = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CrossTabColumns = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Compare = table.Column<bool>(type: "boolean", nullable: false),
                    Trend = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DataAsOf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SoftwareVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Figures = table.Column<string>(type: "text", nullable: false),
                    SavedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
