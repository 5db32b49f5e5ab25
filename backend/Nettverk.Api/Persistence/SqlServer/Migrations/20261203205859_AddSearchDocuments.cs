using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublicCopy = table.Column<bool>(type: "bit", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_BodyId",
                table: "SearchDocuments",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_EntityId_Kind_PublicCopy",
                table: "SearchDocuments",
                columns: new[] { "EntityId", "Kind", "PublicCopy" },
                unique: true);

            // Which version of the indexing code built the rows (Features/Search/SearchIndexRebuild.cs); empty: never built.
            migrationBuilder.Sql("CREATE TABLE SearchIndexState (Id int NOT NULL PRIMARY KEY, Version int NOT NULL);");
            // The full-text index (Norwegian word breaker, LCID 1044), where the server has full-text search installed;
            // without it set Search:SqlServerFullText false and the search uses LIKE. CREATE FULLTEXT cannot run inside a
            // transaction, hence suppressTransaction and dynamic SQL behind the check.
            migrationBuilder.Sql("""
                IF FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
                BEGIN
                    EXEC('CREATE FULLTEXT CATALOG NettverkSearch');
                    EXEC('CREATE FULLTEXT INDEX ON SearchDocuments (Title LANGUAGE 1044, Text LANGUAGE 1044) KEY INDEX PK_SearchDocuments ON NettverkSearch WITH CHANGE_TRACKING AUTO');
                END
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchIndexState;");
            migrationBuilder.Sql("""
                IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID('SearchDocuments'))
                BEGIN
                    EXEC('DROP FULLTEXT INDEX ON SearchDocuments');
                    EXEC('DROP FULLTEXT CATALOG NettverkSearch');
                END
                """, suppressTransaction: true);
            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
