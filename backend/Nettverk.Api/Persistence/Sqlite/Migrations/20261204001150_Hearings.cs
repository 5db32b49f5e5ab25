using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Hearings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Concerns = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishResponses = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReminderDays = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    SummarisedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "HearingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartyBodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExtendedTo = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclinedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "HearingAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoComments = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    SectionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    RevisionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ExemptBasis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "HearingParties");

            migrationBuilder.DropTable(
                name: "Hearings");
        }
    }
}
