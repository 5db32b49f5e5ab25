namespace Nettverk.Api.Features.InputRounds;

public static class InputRoundsRegistration
{
    public static WebApplicationBuilder AddInputRounds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<InputParties>();
        builder.Services.AddScoped<InputRoundReminders>();
        return builder;
    }
}
