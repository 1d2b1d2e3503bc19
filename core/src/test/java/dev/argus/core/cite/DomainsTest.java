package dev.argus.core.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainsTest {

  @Test
  void registeredDomainIsTheLastTwoLabels() {
    assertThat(Domains.registered("news.gizmoworld.com")).isEqualTo("gizmoworld.com");
    assertThat(Domains.registered("gizmoworld.com")).isEqualTo("gizmoworld.com");
  }

  @Test
  void genericSecondLevelsUnderCountryCodesKeepThreeLabels() {
    assertThat(Domains.registered("www.daily.co.uk")).isEqualTo("daily.co.uk");
    assertThat(Domains.registered("tech.folha.com.br")).isEqualTo("folha.com.br");
    assertThat(Domains.registered("info.gouv.fr")).isEqualTo("info.gouv.fr");
    assertThat(Domains.registered("www.lemonde.fr")).isEqualTo("lemonde.fr");
  }

  @Test
  void hostIsLowerCaseWithoutWwwAndNullWhenAbsent() {
    assertThat(Domains.host("https://WWW.Example.COM./a")).isEqualTo("example.com");
    assertThat(Domains.host("mailto:desk@example.com")).isNull();
    assertThat(Domains.host("::nope::")).isNull();
    assertThat(Domains.host(null)).isNull();
    assertThat(Domains.registered(null)).isNull();
    assertThat(Domains.registered("192.168.0.1")).isEqualTo("192.168.0.1");
  }
}
