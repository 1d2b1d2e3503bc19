package dev.argus.core.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorFinderTest {

  @Test
  void bylinePrefixesInManyLanguages() {
    assertThat(AuthorFinder.names("By John Smith")).containsExactly("John Smith");
    assertThat(AuthorFinder.names("Von Anna Weber")).containsExactly("Anna Weber");
    assertThat(AuthorFinder.names("Par Claire Dupont")).containsExactly("Claire Dupont");
    assertThat(AuthorFinder.names("Por Luis García")).containsExactly("Luis García");
    assertThat(AuthorFinder.names("Di Marco Rossi")).containsExactly("Marco Rossi");
    assertThat(AuthorFinder.names("Door Jan de Vries")).containsExactly("Jan de Vries");
    assertThat(AuthorFinder.names("Autor: Max Muster")).containsExactly("Max Muster");
    assertThat(AuthorFinder.names("Text: Eva Kurz")).containsExactly("Eva Kurz");
    assertThat(AuthorFinder.names("作者：王小明")).containsExactly("王小明");
  }

  @Test
  void splitsSeveralNames() {
    assertThat(AuthorFinder.names("Anna Weber und Tom Berg"))
        .containsExactly("Anna Weber", "Tom Berg");
    assertThat(AuthorFinder.names("By A. Jones, B. Lee and C. Wu"))
        .containsExactly("A. Jones", "B. Lee", "C. Wu");
  }

  @Test
  void dropsNoise() {
    assertThat(AuthorFinder.names("admin")).isEmpty();
    assertThat(AuthorFinder.names("jane@example.com")).isEmpty();
    assertThat(AuthorFinder.names("By Jane Roe on March 3, 2020")).containsExactly("Jane Roe");
    assertThat(AuthorFinder.names("Jane Roe | Updated 3 hours ago")).containsExactly("Jane Roe");
    assertThat(AuthorFinder.names("Jane Roe, Senior Reporter")).containsExactly("Jane Roe");
    assertThat(AuthorFinder.names("View all posts by Daniel")).containsExactly("Daniel");
  }
}
