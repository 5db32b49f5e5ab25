using System.Text.RegularExpressions;
using Nettverk.Api.Documents;

namespace Nettverk.Tests.Documents;

public sealed class MeetingPdfTests
{
    const double A4Width = 595.28, RightMargin = 62; // PdfFlow's margin

    [Fact]
    public void Minutes_ShowEveryItemDecisionAndAttendee_AsTextAReaderCanExtract()
    {
        var text = Poppler.FlatText(MeetingPdf.Render(MeetingDocumentSamples.Minutes()));

        text.Should().Contain("VESTFOLD OG TELEMARK FYLKESKOMMUNE").And.Contain("Nettverk for verdiskaping og kompetanse")
            .And.Contain("Møtereferat").And.Contain("Oppstartsmøte")
            .And.Contain("Dato og tid 17. mars 2021, kl. 12.00–14.00").And.Contain("Status Godkjent 6. mai 2021");
        for (var i = 0; i < 8; i++) text.Should().Contain($"Sak {i + 1}/21 {MeetingDocumentSamples.Titles[i]}");
        text.Should().Contain("Orientering · 12.30–12.50 · v/ Hilde Aamodt, Viken fylkeskommune")
            .And.Contain("Vedtak: Møteplanen for 2021 vedtas: 6. mai, 19. august og 11. november.")
            .And.Contain("Lise Bø, KS Vestfold og Telemark (1. vara for Eirik Haugland)")
            .And.Contain("Forfall").And.Contain("Terje Åmot")
            .And.Contain("Sekretariat: Guro Fjellheim (guro.fjellheim@example.org)")
            .And.Contain("Side 1 av");
    }

    [Fact]
    public void NorwegianLettersAndDashes_SurviveTheRoundTrip()
    {
        var text = Poppler.Text(MeetingPdf.Render(MeetingDocumentSamples.Minutes() with { MeetingTitle = "Møte om æøå og ÆØÅ – “sitat”" }));

        text.Should().Contain("Møte om æøå og ÆØÅ – “sitat”").And.Contain("Østfold").And.Contain("Ærlig").And.Contain("Åse Lindgren");
    }

    [Fact]
    public void MarkdownInNotes_RendersListsEmphasisAndLinks_WithoutItsSyntax()
    {
        var text = Poppler.FlatText(MeetingPdf.Render(MeetingDocumentSamples.Minutes()));

        text.Should().Contain("• Nettverket må ha tydelige oppgaver").And.Contain("– faste innkallinger")
            .And.Contain("1. Hovedinntrykk").And.Contain("2. Prosess og medvirkning")
            .And.Contain("fylkeskommunens nettsted (https://www.example.org/mandat)")
            .And.Contain("Svarene sammenstilles av sekretariatet og legges fram på neste møte. Frist for svar: 1. april.");
        text.Should().NotContain("**").And.NotContain("](");
    }

    [Fact]
    public void ActionItems_AreATableWithItsHeader()
    {
        var text = Poppler.Text(MeetingPdf.Render(MeetingDocumentSamples.Minutes()));

        text.Should().Contain("Oppfølgingspunkter");
        text.Should().MatchRegex(@"Sak\s+Hva\s+Ansvarlig\s+Frist\s+Status");
        text.Should().MatchRegex(@"Sak 6/21\s+Sammenstille svarene fra\s+Sekretariatet\s+6. mai 2021\s+Ferdig");
    }

    [Fact]
    public void Invitation_HasAgendaAndIntroduction_ButNoMinutesParts()
    {
        var text = Poppler.FlatText(MeetingPdf.Render(MeetingDocumentSamples.Invitation()));

        text.Should().Contain("Møteinnkalling").And.Contain("Velkommen til første møte i nettverket. Møtet holdes digitalt")
            .And.Contain("Videolenke https://teams.example.org/l/meetup-join/oppstart-2021")
            .And.Contain("Sak 3/21 Erfaringer fra kompetanseforum Østfold").And.Contain("Vedlegg: • Strategiplan VGO 2021–2025.pdf");
        text.Should().NotContain("Møtereferat").And.NotContain("Vedtak:").And.NotContain("Oppfølgingspunkter").And.NotContain("Til stede");
    }

    [Fact]
    public void ABareDocument_RendersItsFactsOnOnePage_WithoutEmptyLabels()
    {
        var text = Poppler.FlatText(MeetingPdf.Render(MeetingDocumentSamples.Bare()));

        text.Should().Contain("Møteinnkalling Ekstraordinært møte").And.Contain("Sted Fylkeshuset, Skien").And.Contain("Side 1 av 1");
        text.Should().NotContain("Videolenke").And.NotContain("Status").And.NotContain("Saksliste");
    }

    [Fact]
    public void ALongNote_FlowsOverSeveralPages_WithoutLosingOrRepeatingAWord()
    {
        var words = MeetingDocumentSamples.NumberedWords(3000);
        var minutes = MeetingDocumentSamples.Minutes();
        var items = minutes.Items.ToList();
        items[1] = items[1] with { Notes = string.Join(' ', words) };

        var pdf = MeetingPdf.Render(minutes with { Items = items });

        var info = Poppler.Info(pdf);
        int.Parse(info["Pages"]).Should().BeGreaterThanOrEqualTo(5);
        var found = Regex.Matches(Poppler.Text(pdf), @"[A-Za-zæøåÆØÅ]+\d{4}").Select(m => m.Value).ToArray();
        found.Should().Equal(words);
        Poppler.FlatText(pdf).Should().Contain($"Side {info["Pages"]} av {info["Pages"]}");
    }

    [Fact]
    public void NoText_CrossesTheRightMargin_NotEvenAWordLongerThanALine()
    {
        var endless = string.Concat(Enumerable.Repeat("Fylkeskommunesamhandlingsarenakoordineringsansvar", 8));
        var minutes = MeetingDocumentSamples.Minutes();
        var items = minutes.Items.ToList();
        items[0] = items[0] with { Notes = $"Før {endless} etter.", Title = "Sak med " + endless };
        var actions = minutes.ActionItems.Append(new DocumentActionItem("Sak 1/21", endless, endless, null, "Pågår")).ToList();

        var pdf = MeetingPdf.Render(minutes with { Items = items, ActionItems = actions });

        var words = Poppler.Words(pdf);
        words.Should().NotBeEmpty();
        words.Should().OnlyContain(w => w.XMax <= A4Width - RightMargin + 0.5, "no word may cross the right margin");
        string.Concat(words.Select(w => w.Word)).Should().Contain(endless.Replace(" ", ""), "the long word is cut, not lost");
    }

    [Fact]
    public void Pdf_EmbedsItsFonts_AndNamesItselfInItsMetadata()
    {
        var pdf = MeetingPdf.Render(MeetingDocumentSamples.Minutes());

        var fonts = Poppler.Fonts(pdf);
        fonts.Should().NotBeEmpty().And.OnlyContain(row => Regex.IsMatch(row, @"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$"),
            "every font is embedded (pdffonts' emb column)");
        var info = Poppler.Info(pdf);
        info["Title"].Should().Be("Møtereferat – Oppstartsmøte – Nettverk for verdiskaping og kompetanse");
        info["Creator"].Should().Be("Nettverk");
        info["Page size"].Should().EndWith("(A4)");
    }

    [Fact]
    public void Documents_RenderInParallel()
    {
        var pdfs = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => MeetingPdf.Render(MeetingDocumentSamples.Minutes() with { MeetingTitle = $"Møte {i}" })).ToArray();

        for (var i = 0; i < pdfs.Length; i++) Poppler.FlatText(pdfs[i]).Should().Contain($"Møte {i}");
    }

    [Fact]
    public void FontFolders_CannotChange_AfterTheFirstDocument()
    {
        MeetingPdf.Render(MeetingDocumentSamples.Invitation());

        var change = () => PdfSetup.UseFontFolders(["/nowhere"]);
        change.Should().Throw<InvalidOperationException>();
        PdfSetup.UseFontFolders(DocumentFontResolver.DefaultFolders); // the same list is fine
    }
}
