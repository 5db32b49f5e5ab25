using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BodyPublicPage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PublishRepresentatives",
                table: "Bodies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Slug",
                table: "Bodies",
                type: "nvarchar(80)",
                maxLength: 80,
                nullable: true);

            // Elected committees publish their members by name (see Body.PublishRepresentatives); other bodies choose.
            migrationBuilder.Sql("UPDATE Bodies SET PublishRepresentatives = 1 WHERE Kind = 'PoliticalCommittee'");

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_Slug",
                table: "Bodies",
                column: "Slug",
                unique: true,
                filter: "[Slug] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bodies_Slug",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "PublishRepresentatives",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "Slug",
                table: "Bodies");
        }
    }
}
