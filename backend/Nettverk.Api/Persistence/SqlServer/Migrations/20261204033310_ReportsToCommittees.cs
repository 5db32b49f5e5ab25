using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportsToCommittees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "MinutesId",
                table: "ActionItems",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<Guid>(
                name: "MeetingId",
                table: "ActionItems",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<Guid>(
                name: "EntryId",
                table: "ActionItems",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<Guid>(
                name: "CommitteeStatementId",
                table: "ActionItems",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Background = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Assessment = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    ProposedDecision = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    MinutesIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DecisionEntryIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ActionItemIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HearingIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InputRoundIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IncludeAttendance = table.Column<bool>(type: "bit", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SentBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    ActionItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    CorrectedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CorrectedBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeStatements_Bodies_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteeStatements_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportCommittees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportCommittees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportCommittees_Bodies_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportCommittees_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_CommitteeStatementId",
                table: "ActionItems",
                column: "CommitteeStatementId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeStatements_BodyId_RecordedAt",
                table: "CommitteeStatements",
                columns: new[] { "BodyId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeStatements_CommitteeId",
                table: "CommitteeStatements",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeStatements_ReportId_CommitteeId",
                table: "CommitteeStatements",
                columns: new[] { "ReportId", "CommitteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportCommittees_CommitteeId_Status",
                table: "ReportCommittees",
                columns: new[] { "CommitteeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCommittees_ReportId_CommitteeId",
                table: "ReportCommittees",
                columns: new[] { "ReportId", "CommitteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_BodyId_State_SentAt",
                table: "Reports",
                columns: new[] { "BodyId", "State", "SentAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_ActionItems_CommitteeStatements_CommitteeStatementId",
                table: "ActionItems",
                column: "CommitteeStatementId",
                principalTable: "CommitteeStatements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ActionItems_CommitteeStatements_CommitteeStatementId",
                table: "ActionItems");

            migrationBuilder.DropTable(
                name: "CommitteeStatements");

            migrationBuilder.DropTable(
                name: "ReportCommittees");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_ActionItems_CommitteeStatementId",
                table: "ActionItems");

            migrationBuilder.DropColumn(
                name: "CommitteeStatementId",
                table: "ActionItems");

            migrationBuilder.AlterColumn<Guid>(
                name: "MinutesId",
                table: "ActionItems",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "MeetingId",
                table: "ActionItems",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "EntryId",
                table: "ActionItems",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);
        }
    }
}
