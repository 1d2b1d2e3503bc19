package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

  private static String strip(String title, String site, String host) {
    return TitleFinder.stripSite(title, Texts.key(site), AuthorFinder.hostKey(host));
  }

  @Test
  void stripsSiteSuffixesAndPrefixes() {
    assertThat(strip("Rain again | Daily Post", "Daily Post", null)).isEqualTo("Rain again");
    assertThat(strip("Regen – Tagesblatt", null, "www.tagesblatt.de")).isEqualTo("Regen");
    assertThat(strip("Pluie :: Le Quotidien", "Le Quotidien", null)).isEqualTo("Pluie");
    assertThat(strip("Diario: Lluvia otra vez", "Diario", null)).isEqualTo("Lluvia otra vez");
    assertThat(strip("Blog » Archiv » Pioggia", null, "blog.it")).isEqualTo("Pioggia");
  }

  @Test
  void keepsDashesThatBelongToTheTitle() {
    assertThat(strip("Leasing oder Finanzierung – was lohnt sich mehr für Familien?", null, null))
        .isEqualTo("Leasing oder Finanzierung – was lohnt sich mehr für Familien?");
  }

  @Test
  void headingMatchingATitlePartWins() {
    String t =
        TitleFinder.find(
            null,
            null,
            null,
            "My Blog » Post title here",
            List.of(
                new TitleFinder.Heading("My Blog", true),
                new TitleFinder.Heading("Post title here", false)),
            null,
            "myblog.wordpress.com");
    assertThat(t).isEqualTo("Post title here");
  }

  @Test
  void genericDeclaredTitleGivesWayToHeading() {
    String t =
        TitleFinder.find(
            null,
            null,
            null,
            "Home",
            List.of(new TitleFinder.Heading("Willkommen im Verein", true)),
            null,
            null);
    assertThat(t).isEqualTo("Willkommen im Verein");
  }
}
