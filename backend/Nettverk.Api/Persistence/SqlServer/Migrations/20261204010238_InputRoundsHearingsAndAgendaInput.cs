using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InputRoundsHearingsAndAgendaInput : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaInputDeadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClosesAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaInputDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaInputDeadlines_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaInputs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorPersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IncludedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaInputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaInputs_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaInputs_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Concerns = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Slug = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishResponses = table.Column<bool>(type: "bit", nullable: false),
                    ReminderDays = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: true),
                    SummarisedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hearings_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InputRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AgendaItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Introduction = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    OpensAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosesAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Mode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AnswersShared = table.Column<bool>(type: "bit", nullable: false),
                    ReminderDaysBefore = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    SummaryPublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                name: "AgendaInputAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaInputId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaInputAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaInputAttachments_AgendaInputs_AgendaInputId",
                        column: x => x.AgendaInputId,
                        principalTable: "AgendaInputs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HearingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HearingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingDocuments_Hearings_HearingId",
                        column: x => x.HearingId,
                        principalTable: "Hearings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HearingParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HearingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PartyBodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Token = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ExtendedTo = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeclinedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingParties_Bodies_PartyBodyId",
                        column: x => x.PartyBodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HearingParties_Hearings_HearingId",
                        column: x => x.HearingId,
                        principalTable: "Hearings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HearingParties_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HearingSection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HearingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingSection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingSection_Hearings_HearingId",
                        column: x => x.HearingId,
                        principalTable: "Hearings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InputGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Token = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Options = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartyKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PartyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedByName = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    UpdatedByPersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
                name: "HearingAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HearingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingAttachments_HearingParties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "HearingParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HearingReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingReminders_HearingParties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "HearingParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HearingResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HearingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NoComments = table.Column<bool>(type: "bit", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: true),
                    SectionsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RevisionsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ExemptBasis = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingResponses_HearingParties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "HearingParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InputAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InputId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    OptionIndex = table.Column<int>(type: "int", nullable: true),
                    Number = table.Column<int>(type: "int", nullable: true),
                    Rank = table.Column<int>(type: "int", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InputId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SavedByName = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    SavedByPersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                name: "IX_AgendaInputAttachments_AgendaInputId",
                table: "AgendaInputAttachments",
                column: "AgendaInputId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaInputDeadlines_AgendaItemId",
                table: "AgendaInputDeadlines",
                column: "AgendaItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaInputDeadlines_MeetingId",
                table: "AgendaInputDeadlines",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaInputs_AgendaItemId",
                table: "AgendaInputs",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaInputs_MeetingId",
                table: "AgendaInputs",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaInputs_OrganisationId",
                table: "AgendaInputs",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingAttachments_PartyId",
                table: "HearingAttachments",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingDocuments_HearingId_DocumentKey_Version",
                table: "HearingDocuments",
                columns: new[] { "HearingId", "DocumentKey", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HearingParties_HearingId_OrganisationId",
                table: "HearingParties",
                columns: new[] { "HearingId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HearingParties_OrganisationId",
                table: "HearingParties",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingParties_PartyBodyId",
                table: "HearingParties",
                column: "PartyBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingParties_Token",
                table: "HearingParties",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HearingReminders_PartyId_DueAt",
                table: "HearingReminders",
                columns: new[] { "PartyId", "DueAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HearingResponses_HearingId",
                table: "HearingResponses",
                column: "HearingId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingResponses_PartyId",
                table: "HearingResponses",
                column: "PartyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_BodyId_Status",
                table: "Hearings",
                columns: new[] { "BodyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_Slug",
                table: "Hearings",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HearingSection_HearingId_Position",
                table: "HearingSection",
                columns: new[] { "HearingId", "Position" });

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
                name: "AgendaInputAttachments");

            migrationBuilder.DropTable(
                name: "AgendaInputDeadlines");

            migrationBuilder.DropTable(
                name: "HearingAttachments");

            migrationBuilder.DropTable(
                name: "HearingDocuments");

            migrationBuilder.DropTable(
                name: "HearingReminders");

            migrationBuilder.DropTable(
                name: "HearingResponses");

            migrationBuilder.DropTable(
                name: "HearingSection");

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
                name: "AgendaInputs");

            migrationBuilder.DropTable(
                name: "HearingParties");

            migrationBuilder.DropTable(
                name: "Inputs");

            migrationBuilder.DropTable(
                name: "Hearings");

            migrationBuilder.DropTable(
                name: "InputRounds");
        }
    }
}
