using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coop.Domain.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cooperatives",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NationalId = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 11, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 28, nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 14, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiscalYearStartMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cooperatives", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_CountyCode",
                table: "Cooperatives",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_Kind",
                table: "Cooperatives",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_NationalId",
                table: "Cooperatives",
                column: "NationalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_RegisteredOn",
                table: "Cooperatives",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_RegistrationNumber",
                table: "Cooperatives",
                column: "RegistrationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_Status",
                table: "Cooperatives",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cooperatives");
        }
    }
}
