using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DropQuartz : Migration
    {
        /// <summary>Quartz.NET 4.7's ProvisionSchema made these 15 tables (and, on SQLite, 4 triggers and 15 indexes that go with
        /// them) in the app's own database; Hangfire replaced it. Children before parents, for the foreign keys. Down does
        /// not recreate them: nothing reads them any more.</summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_FIRED_TRIGGERS', N'U') IS NOT NULL DROP TABLE QRTZ_FIRED_TRIGGERS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_PAUSED_TRIGGER_GRPS', N'U') IS NOT NULL DROP TABLE QRTZ_PAUSED_TRIGGER_GRPS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_PAUSED_JOB_GRPS', N'U') IS NOT NULL DROP TABLE QRTZ_PAUSED_JOB_GRPS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_SCHEDULER_STATE', N'U') IS NOT NULL DROP TABLE QRTZ_SCHEDULER_STATE;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_LOCKS', N'U') IS NOT NULL DROP TABLE QRTZ_LOCKS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_SIMPLE_TRIGGERS', N'U') IS NOT NULL DROP TABLE QRTZ_SIMPLE_TRIGGERS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_SIMPROP_TRIGGERS', N'U') IS NOT NULL DROP TABLE QRTZ_SIMPROP_TRIGGERS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_CRON_TRIGGERS', N'U') IS NOT NULL DROP TABLE QRTZ_CRON_TRIGGERS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_BLOB_TRIGGERS', N'U') IS NOT NULL DROP TABLE QRTZ_BLOB_TRIGGERS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_TRIGGERS', N'U') IS NOT NULL DROP TABLE QRTZ_TRIGGERS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_JOB_DETAILS', N'U') IS NOT NULL DROP TABLE QRTZ_JOB_DETAILS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_CALENDARS', N'U') IS NOT NULL DROP TABLE QRTZ_CALENDARS;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_EXECUTION_HISTORY', N'U') IS NOT NULL DROP TABLE QRTZ_EXECUTION_HISTORY;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_MISFIRE_HISTORY', N'U') IS NOT NULL DROP TABLE QRTZ_MISFIRE_HISTORY;");
            migrationBuilder.Sql("IF OBJECT_ID(N'QRTZ_JOB_STATUS', N'U') IS NOT NULL DROP TABLE QRTZ_JOB_STATUS;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
