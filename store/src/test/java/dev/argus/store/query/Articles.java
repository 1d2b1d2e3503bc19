package dev.argus.store.query;

import dev.argus.store.query.TestIndex.Article;
import java.time.Instant;
import java.util.List;

/**
 * Ten short fictional articles written for these tests, in English, French, German, Chinese and
 * Italian.
 */
final class Articles {

  private Articles() {}

  static final List<Article> ALL =
      List.of(
          new Article(
              "en-launch",
              "en",
              "Xiaomi unveils a phone with a bigger camera",
              "Lei Jun said the new Xiaomi phone has a much better camera than last year's model."
                  + " Fans queued outside a shop in Beijing.",
              "technews.example",
              "us",
              List.of("Xiaomi", "Lei Jun"),
              List.of("Kim Sample"),
              Instant.parse("2026-01-05T10:00:00Z"),
              0.4),
          new Article(
              "fr-expo",
              "fr",
              "Photographie : une exposition à Lyon",
              "La Photographie contemporaine s'expose au musée. Les photographes amateurs sont"
                  + " invités à montrer leurs tirages.",
              "lemonde.fr",
              "fr",
              List.of("Lyon"),
              List.of(),
              Instant.parse("2026-01-20T08:00:00Z"),
              0.1),
          new Article(
              "de-kamera",
              "de",
              "Neue Kamera von Xiaomi",
              "Das Unternehmen Xiaomi stellte in Berlin eine neue Kamera vor. Die Käufer waren"
                  + " zufrieden.",
              "zeitung.example",
              "de",
              List.of("Xiaomi", "Berlin"),
              List.of(),
              Instant.parse("2026-02-03T12:00:00Z"),
              -0.3),
          new Article(
              "zh-launch",
              "zh",
              "小米发布新手机",
              "小米公司今天在北京发布了新款小米手机，雷军出席了发布会。",
              "xinwen.example",
              "cn",
              List.of("小米", "雷军"),
              List.of(),
              Instant.parse("2026-02-10T02:00:00Z"),
              0.2),
          new Article(
              "en-shares",
              "en",
              "Shares rise after the launch",
              "Shares of 小米 rose in Hong Kong trading after the launch.",
              "markets.example",
              "hk",
              List.of(),
              List.of(),
              Instant.parse("2025-12-31T23:30:00Z"),
              -0.5),
          new Article(
              "en-airport",
              "en",
              "Airport adds free wi-fi",
              "The airport now offers wi-fi in every terminal. Travellers welcomed the test of the"
                  + " network.",
              "travel.example",
              "gb",
              List.of(),
              List.of("Ann Example"),
              Instant.parse("2026-01-15T09:00:00Z"),
              0.0),
          new Article(
              "en-storm",
              "en",
              "Storm closes the harbour",
              "A storm closed the harbour on Tuesday. Ferries stayed in port while camera crews"
                  + " filmed the waves.",
              "coast.example",
              "gb",
              List.of(),
              List.of("Ann Example", "Kim Sample"),
              Instant.parse("2026-01-31T23:59:59Z"),
              -0.8),
          new Article(
              "it-sindaco",
              "it",
              "Il sindaco di Roma presenta il piano",
              "Il sindaco ha presentato il nuovo piano per il traffico della città.",
              "giornale.example",
              "it",
              List.of("Roma"),
              List.of(),
              Instant.parse("2026-01-10T15:00:00Z"),
              -0.2),
          new Article(
              "en-fair",
              "en",
              "Camera makers meet at the fair",
              "Xiaomi was mentioned once at the start of a long meeting where many different firms"
                  + " and several speakers eventually discussed the camera market.",
              "technews.example",
              "de",
              List.of(),
              List.of(),
              Instant.parse("2026-02-01T00:00:00Z"),
              0.3),
          new Article(
              "fr-eco",
              "fr",
              "L'économie en France",
              "Le président a parlé de l'économie. Jun Lei n'a rien dit sur le marché.",
              "lemonde.fr",
              "fr",
              List.of(),
              List.of(),
              Instant.parse("2026-01-25T11:00:00Z"),
              -0.1));
}
