package dev.argus.core.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.model.Citation;
import dev.argus.core.model.Citation.Kind;
import dev.argus.core.model.Link;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures are written for these tests; none is copied from a real article. */
class CitationFinderTest {

  private static final String SITE = "https://www.phonenews.example.com/2026/03/story.html";

  private static List<Citation> find(String text, String lang) {
    return CitationFinder.find(text, lang, List.of(), SITE);
  }

  private static Citation only(String text, String lang) {
    List<Citation> cs = find(text, lang);
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  private static Link link(String text, String anchor, String url) {
    int at = text.indexOf(anchor);
    return new Link(url, anchor, at, at < 0 ? -1 : at + anchor.length());
  }

  // ---- via

  @Test
  void viaInASentence() {
    assertThat(only("The leak came via Gizmo Daily, which saw the box.", "en"))
        .isEqualTo(new Citation("Gizmo Daily", null, Kind.VIA));
  }

  @Test
  void viaInParentheses() {
    assertThat(only("Prices start at 299 euros (Via Nordic Tech Post).", "en").name())
        .isEqualTo("Nordic Tech Post");
  }

  @Test
  void bareViaLineWithPipe() {
    String t = "The phone ships in May.\n\nvia\n\nvia | Tech Fans Italia\n\nMaria Costa";
    assertThat(only(t, "it")).isEqualTo(new Citation("Tech Fans Italia", null, Kind.VIA));
  }

  @Test
  void bareViaLineWithColon() {
    assertThat(only("The phone ships in May.\nVia: Nordic Tech Post", "en").name())
        .isEqualTo("Nordic Tech Post");
  }

  @Test
  void viaAChannelIsNoSource() {
    assertThat(find("The coupon arrives via WhatsApp or via email.", "en")).isEmpty();
  }

  // ---- according to, per language

  @Test
  void accordingToKeepsTheOutletsArticle() {
    assertThat(only("According to The Wall Street Journal, sales fell.", "en"))
        .isEqualTo(new Citation("The Wall Street Journal", null, Kind.ACCORDING_TO));
  }

  @Test
  void accordingToSkipsDescriptors() {
    assertThat(only("Sales rose, according to data from the Nova Research.", "en").name())
        .isEqualTo("Nova Research");
  }

  @Test
  void frenchSelonAndDapres() {
    assertThat(only("Selon Le Monde, la vente est conclue.", "fr").name()).isEqualTo("Le Monde");
    assertThat(only("La vente est conclue, d’après l’agence Reuters.", "fr").name())
        .isEqualTo("Reuters");
  }

  @Test
  void italianSecondo() {
    assertThat(only("Secondo la Gazzetta Digitale il prezzo scende.", "it"))
        .isEqualTo(new Citation("Gazzetta Digitale", null, Kind.ACCORDING_TO));
  }

  @Test
  void germanLautWithLowerCaseAgency() {
    assertThat(only("Laut dpa ist der Verkauf abgeschlossen.", "de").name()).isEqualTo("dpa");
    assertThat(only("Laut Handelsblatt ist der Verkauf abgeschlossen.", "de").name())
        .isEqualTo("Handelsblatt");
  }

  @Test
  void spanishSegun() {
    assertThat(only("Según El País, la venta se cerró ayer.", "es").name()).isEqualTo("El País");
  }

  @Test
  void portugueseSegundo() {
    assertThat(only("Segundo a Folha Digital, a venda foi fechada.", "pt").name())
        .isEqualTo("Folha Digital");
  }

  @Test
  void pronounAfterCueIsNoSource() {
    assertThat(find("According to him, sales fell. Selon lui, c’est fini.", "en")).isEmpty();
  }

  @Test
  void commonNounAfterCueIsNoSource() {
    assertThat(find("According to the company, sales fell.", "en")).isEmpty();
  }

  @Test
  void tooManySkippedWordsGiveNoSource() {
    assertThat(find("According to a report from the agency Nova, sales fell.", "en")).isEmpty();
    assertThat(find("According to a report from the Nova Agency, sales fell.", "en")).hasSize(1);
  }

  // ---- reported

  @Test
  void englishOutletReported() {
    assertThat(only("Reuters reported that the deal closed.", "en"))
        .isEqualTo(new Citation("Reuters", null, Kind.REPORTED));
  }

  @Test
  void frenchARevele() {
    assertThat(only("Le Parisien a révélé le projet hier.", "fr"))
        .isEqualTo(new Citation("Le Parisien", null, Kind.REPORTED));
  }

  @Test
  void frenchCleftQuiARevele() {
    assertThat(only("C’est TechnoMag qui a révélé cette note interne.", "fr").name())
        .isEqualTo("TechnoMag");
  }

  @Test
  void germanBerichtete() {
    assertThat(only("Wie Der Spiegel berichtete, ist der Verkauf fertig.", "de").name())
        .isEqualTo("Der Spiegel");
  }

  @Test
  void italianSpanishPortugueseReported() {
    assertThat(only("La Stampa ha rivelato il piano.", "it").name()).isEqualTo("La Stampa");
    assertThat(only("El Diario Digital informó del acuerdo.", "es").name())
        .isEqualTo("El Diario Digital");
    // a leading article is part of the name, as in "O Globo" or "Le Monde"
    assertThat(only("O Jornal Nacional noticiou o acordo.", "pt").name())
        .isEqualTo("O Jornal Nacional");
  }

  @Test
  void personWhoReportedIsNoSource() {
    String t = "Lei Jun spoke first. Mr. Jun reported the example of WeChat to the audience.";
    assertThat(find(t, "en")).isEmpty();
    assertThat(find("Anna Becker reported strong sales.", "en")).isEmpty();
  }

  @Test
  void surnameOfAPersonNamedElsewhereIsNoSource() {
    assertThat(find("Anna Becker leads the plant. Becker reported strong sales.", "en")).isEmpty();
  }

  // ---- interview

  @Test
  void englishInterviewWithOutletDropsDemonym() {
    String t = "The CEO gave an interview with the TECHWIRE American edition last week.";
    assertThat(only(t, "en")).isEqualTo(new Citation("TECHWIRE", null, Kind.INTERVIEW));
  }

  @Test
  void englishInterviewToOutlet() {
    String t = "This month the founder gave an interview to the Harbor Ledger weekly.";
    assertThat(only(t, "en")).isEqualTo(new Citation("Harbor Ledger", null, Kind.INTERVIEW));
  }

  @Test
  void englishToldOutlet() {
    assertThat(only("Lei Jun told Bloomfield News that prices will fall.", "en").name())
        .isEqualTo("Bloomfield News");
  }

  @Test
  void frenchInterviewAccordeeA() {
    assertThat(only("Dans une interview accordée au Figaro Tech, il parle de prix.", "fr"))
        .isEqualTo(new Citation("Figaro Tech", null, Kind.INTERVIEW));
  }

  @Test
  void italianIntervista() {
    assertThat(only("In un’intervista a La Stampa, il fondatore parla dei prezzi.", "it").name())
        .isEqualTo("La Stampa");
  }

  @Test
  void germanAndSpanishInterview() {
    assertThat(only("Im Interview mit dem Handelsblatt sprach er über Preise.", "de").name())
        .isEqualTo("Handelsblatt");
    assertThat(only("En una entrevista con El País habló de precios.", "es").name())
        .isEqualTo("El País");
  }

  @Test
  void portugueseEntrevista() {
    assertThat(only("Em entrevista ao Jornal Nacional, ele falou de preços.", "pt"))
        .isEqualTo(new Citation("Jornal Nacional", null, Kind.INTERVIEW));
  }

  @Test
  void interviewWithAPersonIsNoSource() {
    assertThat(find("In an interview with Lei Jun, we asked about prices.", "en")).isEmpty();
  }

  // ---- links

  @Test
  void externalArticleLinkIsACitationNamedByItsDomain() {
    String t = "The phone was shown in a leak last week.";
    List<Citation> cs =
        CitationFinder.find(
            t, "en", List.of(link(t, "a leak", "https://www.gizmoworld.com/2026/03/leak/")), SITE);
    assertThat(cs)
        .containsExactly(
            new Citation("gizmoworld.com", "https://www.gizmoworld.com/2026/03/leak/", Kind.LINK));
  }

  @Test
  void anchorNamingTheOutletNamesTheLinkCitation() {
    String t = "As GizmoWorld showed, the phone is thin.";
    List<Citation> cs =
        CitationFinder.find(
            t, "en", List.of(link(t, "GizmoWorld", "https://gizmoworld.com/phone-thin")), SITE);
    assertThat(cs).extracting(Citation::name).containsExactly("GizmoWorld");
  }

  @Test
  void sameSiteLinksAreIgnoredAcrossSubdomainsAndCountrySuffixes() {
    String t = "Read our review of the phone.";
    List<Link> links =
        List.of(
            link(t, "review", "https://reviews.phonenews.example.com/phone"),
            link(t, "phone", "https://phonenews.example.com/phone"));
    assertThat(CitationFinder.find(t, "en", links, SITE)).isEmpty();
    Link uk = link(t, "review", "https://news.daily.co.uk/2026/review");
    assertThat(CitationFinder.find(t, "en", List.of(uk), "https://www.daily.co.uk/a/b")).isEmpty();
    assertThat(CitationFinder.find(t, "en", List.of(uk), "https://www.other.co.uk/a/b")).hasSize(1);
  }

  @Test
  void shareSocialMailAndHomePageLinksAreIgnored() {
    String t = "Share this story with friends.";
    List<Link> links =
        List.of(
            link(t, "Share", "https://www.facebook.com/sharer/sharer.php?u=x"),
            link(t, "Share", "https://twitter.com/intent/tweet?text=x"),
            link(t, "story", "mailto:desk@example.org"),
            link(t, "friends", "https://www.gizmoworld.com/"),
            link(t, "friends", "https://www.gizmoworld.com/en/"),
            link(t, "story", "https://cdn.gizmoworld.com/img/photo.jpg"),
            link(t, "story", "https://gizmoworld.com/share?url=x"),
            link(t, "story", "not a url at all"));
    assertThat(CitationFinder.find(t, "en", links, SITE)).isEmpty();
  }

  @Test
  void linkOnATextCitationGivesItsUrl() {
    String t = "Reuters reported that the deal closed.";
    List<Citation> cs =
        CitationFinder.find(
            t, "en", List.of(link(t, "Reuters", "https://www.reuters.com/deal-closed")), SITE);
    assertThat(cs)
        .containsExactly(
            new Citation("Reuters", "https://www.reuters.com/deal-closed", Kind.REPORTED));
  }

  @Test
  void nullOrUnparsableArticleUrlTreatsEveryLinkAsExternal() {
    String t = "See the report.";
    Link l = link(t, "report", "https://phonenews.example.com/report");
    assertThat(CitationFinder.find(t, "en", List.of(l), null)).hasSize(1);
    assertThat(CitationFinder.find(t, "en", List.of(l), "::nope::")).hasSize(1);
  }

  // ---- duplicates and order

  @Test
  void duplicatesKeepTheFirstKindAndALaterLinksUrl() {
    String t = "Gizmoworld reported the leak. Later, according to Gizmoworld, it was fake.";
    Link l = new Link("https://gizmoworld.com/leak-fake", "the follow-up", -1, -1);
    List<Citation> cs = CitationFinder.find(t, "en", List.of(l), SITE);
    assertThat(cs)
        .containsExactly(
            new Citation("Gizmoworld", "https://gizmoworld.com/leak-fake", Kind.REPORTED));
  }

  @Test
  void citationsComeInTextOrder() {
    String t = "Via Nordic Tech Post. According to Le Monde, and as Reuters reported.";
    assertThat(find(t, "en"))
        .extracting(Citation::name)
        .containsExactly("Nordic Tech Post", "Le Monde", "Reuters");
  }

  // ---- limits and bad input

  @Test
  void badInputGivesEmptyResults() {
    assertThat(CitationFinder.find(null, null, null, null)).isEmpty();
    List<Link> withNull = new ArrayList<>();
    withNull.add(null);
    withNull.add(new Link(null, null, -1, -1));
    assertThat(CitationFinder.find("", "en", withNull, SITE)).isEmpty();
    assertThat(find("via", "en")).isEmpty();
    assertThat(find("according to", "en")).isEmpty();
  }

  @Test
  void textPastTheLimitIsIgnored() {
    String pad = "a".repeat(CitationFinder.MAX_TEXT_CHARS);
    assertThat(find(pad + " according to Reuters.", "en")).isEmpty();
    assertThat(find("according to Reuters. " + pad, "en")).hasSize(1);
  }

  @Test
  void nameSpanIsCutAtTheReach() {
    String longName = "Alpha ".repeat(CitationFinder.NAME_REACH);
    Citation c = only("according to " + longName + "said", "en");
    assertThat(c.name().length()).isLessThanOrEqualTo(CitationFinder.NAME_REACH);
  }
}
