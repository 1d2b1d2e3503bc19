package dev.argus.bench.watch;

import dev.argus.core.entity.watch.EntityType;
import dev.argus.core.entity.watch.Phrase;
import dev.argus.core.entity.watch.WatchEntry;
import dev.argus.core.entity.watch.WatchList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Builds large, realistic-looking watch lists and articles for the speed benchmark: made-up
 * companies and people in Latin (with accents), Cyrillic, Greek, Han and katakana, each with
 * aliases in other scripts; a tenth need context words and a twentieth have exclusions. The same
 * seed gives the same list and texts.
 */
public final class WatchListGenerator {
  private WatchListGenerator() {}

  private static final String[] LATIN_SYLLABLES = {
    "nor", "vex", "cal", "de", "ron", "mar", "ta", "lu", "ven", "tis", "bra", "ko", "zen", "ri",
    "sol", "an", "que", "fel", "dor", "ga", "mi", "pel", "stra", "vo", "lin", "é", "ü", "ça"
  };
  private static final String[] ORG_SUFFIXES = {
    "Systems",
    "Group",
    "Holdings",
    "Bank",
    "Motors",
    "Energie",
    "Technologies",
    "SA",
    "AG",
    "GmbH",
    "S.p.A.",
    "Labs",
    "Pharma",
    "Logistics",
    "Média",
    "Électronique"
  };
  private static final String[] FIRST = {
    "Anna", "Luca", "Marta", "Jürgen", "Élodie", "José", "Giulia", "Oliver", "Sofía", "Henrik",
    "Chloé", "Matteo", "Ingrid", "Pablo", "Noémie", "Stefan", "Lucía", "Tomás", "Amélie", "Franz"
  };
  private static final String[] LAST = {
    "Ibáñez", "Müller", "Rossi", "Dubois", "García", "Schneider", "Bianchi", "Lefèvre", "Novak",
    "Fernández", "Weiß", "Conti", "Moreau", "Haas", "Ortega", "Ricci", "Laurent", "Keller"
  };
  private static final String HAN = "华米星海通达信恒瑞博远天泰安鑫宏盛国科金龙兴隆东方明光伟平晨";
  private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ";
  private static final String CYRILLIC = "абвгдежзиклмнопрстуфхцчшэюя";
  private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψω";
  private static final String[] CONTEXT = {
    "shares", "CEO", "smartphone", "Aktie", "bourse", "mercado", "azioni", "股价", "株価", "earnings"
  };
  private static final String[] FILLER_EN = {
    "the",
    "company",
    "said",
    "on",
    "Tuesday",
    "that",
    "its",
    "new",
    "plant",
    "would",
    "open",
    "next",
    "year",
    "analysts",
    "expect",
    "growth",
    "in",
    "Europe",
    "and",
    "Asia",
    "market",
    "prices",
    "rose",
    "after",
    "report",
    "minister",
    "government",
    "deal",
    "talks",
    "sources"
  };
  private static final String[] FILLER_FR = {
    "le",
    "groupe",
    "a",
    "annoncé",
    "mardi",
    "une",
    "hausse",
    "des",
    "ventes",
    "en",
    "Europe",
    "selon",
    "les",
    "analystes",
    "marché",
    "société",
    "économie",
    "prévisions",
    "été",
    "déjà"
  };
  private static final String[] FILLER_DE = {
    "der",
    "Konzern",
    "hat",
    "am",
    "Dienstag",
    "neue",
    "Zahlen",
    "vorgelegt",
    "Umsatz",
    "stieg",
    "im",
    "Quartal",
    "deutlich",
    "Großaktionär",
    "Börse",
    "Anleger",
    "Märkte",
    "über",
    "für"
  };
  private static final String[] FILLER_ZH = {
    "公司", "周二", "宣布", "新", "工厂", "明年", "投产", "分析", "人士", "预计", "市场", "增长", "欧洲", "亚洲"
  };

  /** {@code entries} distinct entries; names and aliases never collide. */
  public static WatchList list(int entries, long seed) {
    Random r = new Random(seed);
    Set<String> used = new HashSet<>();
    List<WatchEntry> out = new ArrayList<>(entries);
    long attempts = 0;
    while (out.size() < entries) {
      if (++attempts > 100L * entries + 1000) {
        throw new IllegalStateException("cannot generate " + entries + " distinct entries");
      }
      int i = out.size();
      EntityType type;
      String name;
      List<Phrase> aliases = new ArrayList<>();
      switch (i % 6) {
        case 0, 1 -> {
          type = EntityType.ORGANIZATION;
          String stem = capital(latinWord(r));
          name = stem + " " + ORG_SUFFIXES[r.nextInt(ORG_SUFFIXES.length)];
          aliases.add(new Phrase(stem, "en", false));
          aliases.add(new Phrase(han(r, 2 + r.nextInt(2)) + "公司", "zh", false));
        }
        case 2 -> {
          type = EntityType.PERSON;
          name =
              FIRST[r.nextInt(FIRST.length)]
                  + " "
                  + LAST[r.nextInt(LAST.length)]
                  + " "
                  + capital(latinWord(r));
          aliases.add(new Phrase(katakana(r, 4) + "・" + katakana(r, 3), "ja", false));
        }
        case 3 -> {
          type = EntityType.ORGANIZATION;
          name = han(r, 2 + r.nextInt(2)) + "集团";
          aliases.add(new Phrase(capital(latinWord(r)) + " Group", "en", false));
        }
        case 4 -> {
          type = EntityType.PRODUCT;
          name = katakana(r, 3 + r.nextInt(3));
          aliases.add(new Phrase(capital(latinWord(r)) + " " + (1 + r.nextInt(20)), "en", false));
        }
        default -> {
          type = r.nextBoolean() ? EntityType.PLACE : EntityType.ORGANIZATION;
          name = capital(word(r, CYRILLIC, 6 + r.nextInt(4)));
          aliases.add(new Phrase(capital(word(r, GREEK, 6 + r.nextInt(4))), "el", false));
        }
      }
      if (!used.add(name.toLowerCase(Locale.ROOT))
          || aliases.stream().anyMatch(a -> !used.add(a.text().toLowerCase(Locale.ROOT)))) {
        continue;
      }
      List<Phrase> context = new ArrayList<>();
      List<Phrase> exclude = new ArrayList<>();
      if (r.nextInt(10) == 0) {
        for (int k = 0; k < 3; k++) context.add(Phrase.of(CONTEXT[r.nextInt(CONTEXT.length)]));
      }
      if (r.nextInt(20) == 0)
        exclude.add(
            Phrase.of(aliases.get(0).text() + " " + FILLER_EN[r.nextInt(FILLER_EN.length)]));
      out.add(new WatchEntry(name, type, aliases, context, exclude));
    }
    return new WatchList(out);
  }

  /**
   * {@code count} news-like texts of about {@code chars} chars each in paragraphs, mixing English,
   * French, German and Chinese filler with about {@code mentionsPerText} names from {@code list}.
   */
  public static List<String> articles(
      WatchList list, int count, int chars, int mentionsPerText, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int a = 0; a < count; a++) {
      StringBuilder sb = new StringBuilder(chars + 200);
      String[] filler =
          switch (a % 4) {
            case 0 -> FILLER_EN;
            case 1 -> FILLER_FR;
            case 2 -> FILLER_DE;
            default -> FILLER_ZH;
          };
      String space = filler == FILLER_ZH ? "" : " ";
      double mentionChance = mentionsPerText / (chars / 6.0);
      int sentence = 0;
      while (sb.length() < chars) {
        if (r.nextDouble() < mentionChance) {
          WatchEntry e = list.entries().get(r.nextInt(list.entries().size()));
          List<Phrase> names = e.aliases();
          sb.append(names.get(r.nextInt(names.size())).text());
          if (!e.context().isEmpty() && r.nextBoolean())
            sb.append(space).append(e.context().get(0).text());
        } else {
          sb.append(filler[r.nextInt(filler.length)]);
        }
        if (++sentence % 14 == 0) {
          sb.append(filler == FILLER_ZH ? "。" : ".");
          sb.append(sentence % 70 == 0 ? "\n\n" : space);
        } else {
          sb.append(space);
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static String latinWord(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 2 + r.nextInt(2);
    for (int i = 0; i < n; i++) sb.append(LATIN_SYLLABLES[r.nextInt(LATIN_SYLLABLES.length)]);
    return sb.toString();
  }

  private static String han(Random r, int n) {
    return word(r, HAN, n);
  }

  private static String katakana(Random r, int n) {
    return word(r, KATAKANA, n);
  }

  private static String word(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    return sb.toString();
  }

  private static String capital(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
