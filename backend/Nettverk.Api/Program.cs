using Nettverk.Api.Common;
using Nettverk.Api.Documents;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Features.Audit;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.InputRounds;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.Nominations;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;
using Nettverk.Api.Features.Start;
using Nettverk.Api.Features.Search;
using Nettverk.Api.Features.Site;
using Nettverk.Api.Jobs;
using Nettverk.Api.Mail;
using Nettverk.Api.Mail.Inbound;
using Nettverk.Api.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddApi();
builder.AddPersistence();
builder.AddAccounts();
builder.AddMail();
builder.AddInboundMail();
builder.AddMeetings();
builder.AddMinutes();
builder.AddMeetingDocuments();
builder.AddSearch();
Nettverk.Api.Features.Hearings.HearingsRegistration.AddHearings(builder);
builder.AddInputRounds();
Nettverk.Api.Features.Statistics.StatisticsRegistration.AddStatistics(builder);
Nettverk.Api.Features.Reports.ReportsRegistration.AddReports(builder);
Nettverk.Api.Features.Registrations.RegistrationsRegistration.AddRegistrations(builder);
if (!Startup.IsDocumentGeneration) builder.AddJobs();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSpa();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimits();
app.UseApiAntiforgery();
app.UseRequestBoundary();
app.UseReadCache();
if (!Startup.IsDocumentGeneration) app.UseJobsDashboard();

app.MapOpenApi();
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "api/docs";
    o.SwaggerEndpoint("/openapi/v1.json", "Nettverk API v1");
    o.DocumentTitle = "Nettverk API";
});
app.MapHealthChecks("/health");
app.MapAccountEndpoints();
app.MapAccountsAdminEndpoints();
app.MapOrganisationsEndpoints();
app.MapPeopleEndpoints();
app.MapBodiesEndpoints();
app.MapMembershipsEndpoints();
app.MapNominationsEndpoints();
app.MapMeetingsFeature();
app.MapMinutesFeature();
app.MapStartEndpoints();
app.MapAuditEndpoints();
app.MapMailEndpoints();
app.MapSearchEndpoints();
app.MapSiteEndpoints();
Nettverk.Api.Features.Hearings.HearingsRegistration.MapHearingsFeature(app);
app.MapInputRoundsEndpoints();
Nettverk.Api.Features.Statistics.StatisticsEndpoints.MapStatisticsEndpoints(app);
Nettverk.Api.Features.Reports.ReportsRegistration.MapReportsFeature(app);
Nettverk.Api.Features.PublicPages.PublicPagesEndpoints.MapPublicPages(app);
Nettverk.Api.Features.Registrations.RegistrationsRegistration.MapRegistrationsFeature(app);
app.UseSpaFallback();

if (!Startup.IsDocumentGeneration) await app.PrepareDatabaseAsync();
// Bodies made before public addresses existed get their slug from their name, once.
if (!Startup.IsDocumentGeneration) await Nettverk.Api.Features.Bodies.BodySlugs.EnsureBodySlugsAsync(app);
// Meetings called before UIDs were stored keep the UID they were sent with (Calendar/CalendarUids.cs).
if (!Startup.IsDocumentGeneration) await Nettverk.Api.Calendar.CalendarUids.FixCalendarUidsAsync(app);
// Published minutes stored as the API response before they had a record of their own are rewritten once.
if (!Startup.IsDocumentGeneration) await app.UpgradePublishedMinutesAsync();
// The full-text index is rebuilt when it was made by another version of the indexing code, or never.
if (!Startup.IsDocumentGeneration) await app.EnsureSearchIndexAsync();
app.Run();

public partial class Program;
