using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nettverk.Api.Persistence.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublicCopy = table.Column<bool>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
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

            // The full-text index: an FTS5 table over SearchDocuments (external content: the words are indexed, the text is
            // kept once), kept in step by triggers in the same transaction as every write of a row. unicode61 folds case for
            // all of Unicode (ØKONOMI finds økonomi); remove_diacritics 0 keeps å apart from a, as Norwegian does (år/ar,
            // får/far, på/pa are different words); æ and ø have no decomposition and stay themselves in any mode. Prefix
            // indexes for two and three letters keep as-you-type prefix queries from scanning the whole vocabulary.
            // NB: an EF table rebuild of SearchDocuments (SQLite cannot alter some columns) drops these triggers: re-create them.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchFts USING fts5(Title, Text, content='SearchDocuments', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 0', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_Inserted AFTER INSERT ON SearchDocuments BEGIN
                    INSERT INTO SearchFts(rowid, Title, Text) VALUES (new.Id, new.Title, new.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_Deleted AFTER DELETE ON SearchDocuments BEGIN
                    INSERT INTO SearchFts(SearchFts, rowid, Title, Text) VALUES ('delete', old.Id, old.Title, old.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_Updated AFTER UPDATE ON SearchDocuments BEGIN
                    INSERT INTO SearchFts(SearchFts, rowid, Title, Text) VALUES ('delete', old.Id, old.Title, old.Text);
                    INSERT INTO SearchFts(rowid, Title, Text) VALUES (new.Id, new.Title, new.Text);
                END;
                """);
            // Which version of the indexing code built the rows (Features/Search/SearchIndexRebuild.cs); empty: never built.
            migrationBuilder.Sql("CREATE TABLE SearchIndexState (Id INTEGER NOT NULL PRIMARY KEY, Version INTEGER NOT NULL);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchIndexState;");
            migrationBuilder.Sql("DROP TRIGGER SearchDocuments_Updated;");
            migrationBuilder.Sql("DROP TRIGGER SearchDocuments_Deleted;");
            migrationBuilder.Sql("DROP TRIGGER SearchDocuments_Inserted;");
            migrationBuilder.Sql("DROP TABLE SearchFts;");
            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
