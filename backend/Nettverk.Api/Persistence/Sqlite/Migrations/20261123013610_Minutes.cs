using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Minutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActionItemReminderDays",
                table: "Bodies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinutesDueDays",
                table: "Bodies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Standard",
                table: "AgendaItems",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MeetingNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingNotices_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Minutes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SentForReviewAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ApprovalNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Minutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Minutes_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MinutesAttendees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinutesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeputyPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeputyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesAttendees_Minutes_MinutesId",
                        column: x => x.MinutesId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinutesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesComments_Minutes_MinutesId",
                        column: x => x.MinutesId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinutesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesEntries_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MinutesEntries_Minutes_MinutesId",
                        column: x => x.MinutesId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublishedMinutes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinutesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedMinutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedMinutes_Minutes_MinutesId",
                        column: x => x.MinutesId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinutesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ResponsibleOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResponsiblePersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StatusChangedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    IsLive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItems_MinutesEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "MinutesEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionItems_Minutes_MinutesId",
                        column: x => x.MinutesId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionItems_Organisations_ResponsibleOrganisationId",
                        column: x => x.ResponsibleOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionItems_People_ResponsiblePersonId",
                        column: x => x.ResponsiblePersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionItemReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItemReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItemReminders_ActionItems_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "ActionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemReminders_ActionItemId_Kind_DueOn",
                table: "ActionItemReminders",
                columns: new[] { "ActionItemId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_BodyId_Status_DueOn",
                table: "ActionItems",
                columns: new[] { "BodyId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_EntryId",
                table: "ActionItems",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_MinutesId",
                table: "ActionItems",
                column: "MinutesId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_ResponsibleOrganisationId_Status",
                table: "ActionItems",
                columns: new[] { "ResponsibleOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_ResponsiblePersonId",
                table: "ActionItems",
                column: "ResponsiblePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_Status_IsLive_DueOn",
                table: "ActionItems",
                columns: new[] { "Status", "IsLive", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingNotices_MeetingId_Kind",
                table: "MeetingNotices",
                columns: new[] { "MeetingId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Minutes_BodyId_Status",
                table: "Minutes",
                columns: new[] { "BodyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Minutes_MeetingId",
                table: "Minutes",
                column: "MeetingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MinutesAttendees_MinutesId",
                table: "MinutesAttendees",
                column: "MinutesId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesComments_MinutesId_CreatedAt",
                table: "MinutesComments",
                columns: new[] { "MinutesId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesEntries_AgendaItemId",
                table: "MinutesEntries",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesEntries_MinutesId",
                table: "MinutesEntries",
                column: "MinutesId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedMinutes_BodyId_IsPublic_PublishedAt",
                table: "PublishedMinutes",
                columns: new[] { "BodyId", "IsPublic", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedMinutes_MinutesId_Revision",
                table: "PublishedMinutes",
                columns: new[] { "MinutesId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionItemReminders");

            migrationBuilder.DropTable(
                name: "MeetingNotices");

            migrationBuilder.DropTable(
                name: "MinutesAttendees");

            migrationBuilder.DropTable(
                name: "MinutesComments");

            migrationBuilder.DropTable(
                name: "PublishedMinutes");

            migrationBuilder.DropTable(
                name: "ActionItems");

            migrationBuilder.DropTable(
                name: "MinutesEntries");

            migrationBuilder.DropTable(
                name: "Minutes");

            migrationBuilder.DropColumn(
                name: "ActionItemReminderDays",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "MinutesDueDays",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "Standard",
                table: "AgendaItems");
        }
    }
}
