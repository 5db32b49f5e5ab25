using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CalendarUidAndPersonalSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarUid",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SentMeetingSequence",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CalendarUid",
                table: "Meetings",
                column: "CalendarUid",
                unique: true);

            // Until now every message carried the meeting's SEQUENCE: the version each person's entry shows is what they got.
            migrationBuilder.Sql("UPDATE Invitations SET SentMeetingSequence = SentSequence;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_CalendarUid",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CalendarUid",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "SentMeetingSequence",
                table: "Invitations");
        }
    }
}
