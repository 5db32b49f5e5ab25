using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PagedListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_Name",
                table: "Organisations");

            migrationBuilder.CreateIndex(
                name: "IX_People_Name_Id",
                table: "People",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CreatedAt_Id",
                table: "OutboxMessages",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name_Id",
                table: "Organisations",
                columns: new[] { "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_Name_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_CreatedAt_Id",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Name_Id",
                table: "Organisations");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");
        }
    }
}
