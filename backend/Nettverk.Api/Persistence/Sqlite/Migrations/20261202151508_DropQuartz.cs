using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DropQuartz : Migration
    {
        /// <summary>Quartz.NET 4.7's ProvisionSchema made these 15 tables (and, on SQLite, 4 triggers and 15 indexes that go with
        /// them) in the app's own database; Hangfire replaced it. Children before parents, for the foreign keys. Down does
        /// not recreate them: nothing reads them any more.</summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_FIRED_TRIGGERS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_PAUSED_TRIGGER_GRPS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_PAUSED_JOB_GRPS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_SCHEDULER_STATE\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_LOCKS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_SIMPLE_TRIGGERS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_SIMPROP_TRIGGERS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_CRON_TRIGGERS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_BLOB_TRIGGERS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_TRIGGERS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_JOB_DETAILS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_CALENDARS\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_EXECUTION_HISTORY\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_MISFIRE_HISTORY\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"QRTZ_JOB_STATUS\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
