using Nettverk.Api.Files;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

public static class MeetingsRegistration
{
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<InvitationMailComposer>();
        services.AddScoped<CalendarReplies>();
        services.AddScoped<MeetingReminders>();
        services.AddSingleton<RsvpTokens>();
        services.AddOptions<PaperOptions>().Bind(builder.Configuration.GetSection("Papers"));
        var files = Path.Combine(DataFolder.Resolve(builder.Configuration, builder.Environment), "files");
        services.AddSingleton<IFileStore>(new LocalFileStore(files));
        return builder;
    }

    public static IEndpointRouteBuilder MapMeetingsFeature(this IEndpointRouteBuilder app) => app
        .MapMeetingPlansEndpoints()
        .MapMeetingsEndpoints()
        .MapAgendaEndpoints()
        .MapPapersEndpoints()
        .MapInvitationsEndpoints()
        .MapRsvpEndpoints()
        .MapCalendarEndpoints()
        .MapInvitationDocumentEndpoints()
        .MapAgendaInputEndpoints();
}
