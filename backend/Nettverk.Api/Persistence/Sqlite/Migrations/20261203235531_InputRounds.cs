using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InputRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InputRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OpensAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnswersShared = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReminderDaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    SummaryPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InputRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InputRounds_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_InputRounds_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InputRounds_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "InputGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InputGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InputGroups_InputRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "InputRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InputInvitees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InputInvitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InputInvitees_InputRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "InputRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InputInvitees_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InputQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Options = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InputQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InputQuestions_InputRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "InputRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InputRoundReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InputRoundReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InputRoundReminders_InputRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "InputRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inputs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    UpdatedByPersonId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inputs_InputRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "InputRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InputAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InputId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OptionIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InputAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InputAnswers_Inputs_InputId",
                        column: x => x.InputId,
                        principalTable: "Inputs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InputRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InputId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    SavedByPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InputRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InputRevisions_Inputs_InputId",
                        column: x => x.InputId,
                        principalTable: "Inputs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InputAnswers_InputId",
                table: "InputAnswers",
                column: "InputId");

            migrationBuilder.CreateIndex(
                name: "IX_InputAnswers_RoundId_QuestionId",
                table: "InputAnswers",
                columns: new[] { "RoundId", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_InputGroups_RoundId",
                table: "InputGroups",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_InputGroups_Token",
                table: "InputGroups",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InputInvitees_PersonId",
                table: "InputInvitees",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_InputInvitees_RoundId_PersonId",
                table: "InputInvitees",
                columns: new[] { "RoundId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InputQuestions_RoundId",
                table: "InputQuestions",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_InputRevisions_InputId_Revision",
                table: "InputRevisions",
                columns: new[] { "InputId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InputRoundReminders_RoundId_PartyId_DueAtUtc",
                table: "InputRoundReminders",
                columns: new[] { "RoundId", "PartyId", "DueAtUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InputRounds_AgendaItemId",
                table: "InputRounds",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_InputRounds_BodyId_ClosesAtUtc",
                table: "InputRounds",
                columns: new[] { "BodyId", "ClosesAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_InputRounds_MeetingId",
                table: "InputRounds",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_InputRounds_Status_ClosesAtUtc",
                table: "InputRounds",
                columns: new[] { "Status", "ClosesAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Inputs_RoundId_PartyId",
                table: "Inputs",
                columns: new[] { "RoundId", "PartyId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InputAnswers");

            migrationBuilder.DropTable(
                name: "InputGroups");

            migrationBuilder.DropTable(
                name: "InputInvitees");

            migrationBuilder.DropTable(
                name: "InputQuestions");

            migrationBuilder.DropTable(
                name: "InputRevisions");

            migrationBuilder.DropTable(
                name: "InputRoundReminders");

            migrationBuilder.DropTable(
                name: "Inputs");

            migrationBuilder.DropTable(
                name: "InputRounds");
        }
    }
}
