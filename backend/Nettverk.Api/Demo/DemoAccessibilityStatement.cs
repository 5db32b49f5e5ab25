namespace Nettverk.Api.Demo;

/// <summary>The demo's accessibility statement, in the shape Digdir's Tilsynet for universell utforming av IKT asks for:
/// conformance status, known deviations, feedback, the complaint route and the date. Fictional owner and addresses.</summary>
static class DemoAccessibilityStatement
{
    public const string Markdown = """
        Vestfold og Telemark fylkeskommune har ansvar for at Nettverk er universelt utformet. Denne erklæringen gjelder
        hele løsningen: de offentlige sidene og sidene for innloggede brukere.

        ## Status for samsvar med kravene

        Løsningen skal oppfylle kravene i forskrift om universell utforming av IKT-løsninger, som viser til WCAG 2.1 på
        nivå A og AA. Løsningen oppfyller **delvis** kravene. Vi tester hver side med automatiske verktøy (axe) ved
        1280 og 375 piksler bredde, og med tastatur.

        ## Innhold som ikke er tilgjengelig

        - Vedlegg (sakspapirer) som andre har lastet opp, er ikke alltid tilgjengelige PDF-dokumenter. Be sekretariatet om en
          tilgjengelig versjon.
        - Møteplanen for et helt år vises som en bred tabell. På små skjermer ruller tabellen sidelengs innenfor sitt eget
          felt.

        ## Tilbakemelding og kontakt

        Finner du noe som ikke virker for deg? Skriv til [post@vtfk.example.org](mailto:post@vtfk.example.org). Vi svarer
        innen ti virkedager.

        ## Klage

        Er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av IKT:
        [uutilsynet.no/meld-fra](https://www.uutilsynet.no/meld-fra/).

        ## Dato

        Erklæringen ble sist gjennomgått 3. desember 2026.
        """;
}
