package dev.argus.core.quote;

import dev.argus.core.text.WordPatterns;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words that attribute speech, per language: speech verbs, third-person pronouns, roles,
 * honorifics and first-person words. An unknown or missing language uses the union of all lists.
 * Everything here is immutable.
 */
final class SpeechCues {

  private SpeechCues() {}

  private static final Map<String, List<String>> VERBS =
      Map.of(
          "en",
          List.of(
              "said",
              "says",
              "say",
              "told",
              "tells",
              "added",
              "adds",
              "explained",
              "explains",
              "stated",
              "states",
              "noted",
              "notes",
              "declared",
              "claimed",
              "claims",
              "insisted",
              "remarked",
              "wrote",
              "writes",
              "commented",
              "recalled",
              "replied",
              "answered",
              "argued",
              "warned",
              "continued",
              "concluded",
              "announced",
              "according to"),
          "fr",
          List.of(
              "a dit",
              "dit",
              "déclare",
              "a déclaré",
              "affirme",
              "a affirmé",
              "explique",
              "a expliqué",
              "ajoute",
              "a ajouté",
              "précise",
              "a précisé",
              "souligne",
              "a souligné",
              "indique",
              "a indiqué",
              "estime",
              "a estimé",
              "assure",
              "a assuré",
              "confie",
              "a confié",
              "raconte",
              "a raconté",
              "poursuit",
              "selon",
              "d'après",
              "d’après"),
          "it",
          List.of(
              "ha detto",
              "dice",
              "ha dichiarato",
              "dichiara",
              "ha affermato",
              "afferma",
              "ha spiegato",
              "spiega",
              "ha aggiunto",
              "aggiunge",
              "ha sottolineato",
              "sottolinea",
              "ha precisato",
              "precisa",
              "ha raccontato",
              "racconta",
              "ha commentato",
              "secondo"),
          "de",
          List.of(
              "sagte",
              "sagt",
              "erklärte",
              "erklärt",
              "betonte",
              "betont",
              "meinte",
              "meint",
              "fügte hinzu",
              "ergänzte",
              "so",
              "laut",
              "sagte er",
              "hat gesagt",
              "hat erklärt"),
          "es",
          List.of(
              "dijo",
              "dice",
              "afirmó",
              "afirma",
              "explicó",
              "explica",
              "añadió",
              "añade",
              "aseguró",
              "asegura",
              "declaró",
              "declara",
              "señaló",
              "señala",
              "comentó",
              "indicó",
              "ha dicho",
              "ha afirmado",
              "según"),
          "pt",
          List.of(
              "disse",
              "diz",
              "afirmou",
              "afirma",
              "explicou",
              "explica",
              "acrescentou",
              "declarou",
              "declara",
              "garantiu",
              "ressaltou",
              "destacou",
              "comentou",
              "segundo",
              "de acordo com"),
          "zh",
          List.of("说", "表示", "称", "指出", "认为", "透露"),
          "ja",
          List.of("と述べた", "と語った", "と話した", "と説明した", "と言った", "と述べ", "と語り"));

  private static final Map<String, Set<String>> PRONOUNS =
      Map.of(
          "en", Set.of("he", "she"),
          "fr", Set.of("il", "elle"),
          "it", Set.of("lui", "lei"),
          "de", Set.of("er", "sie"),
          "es", Set.of("él", "ella"),
          "pt", Set.of("ele", "ela"),
          "zh", Set.of("他", "她"),
          "ja", Set.of("彼", "彼女"));

  /** First-person words that mark a paragraph as the speaker's own words. */
  private static final Map<String, Set<String>> FIRST_PERSON =
      Map.of(
          "en", Set.of("i", "we", "my", "our", "us", "me", "i'm", "i’m", "we're", "we’re"),
          "fr", Set.of("je", "j'", "j’", "nous", "mon", "ma", "mes", "notre", "nos", "moi"),
          "it", Set.of("io", "noi", "mio", "mia", "miei", "nostro", "nostra", "nostri"),
          "de", Set.of("ich", "wir", "mein", "meine", "unser", "unsere", "uns", "mich", "mir"),
          "es", Set.of("yo", "nosotros", "nosotras", "mi", "mis", "nuestro", "nuestra", "me"),
          "pt", Set.of("eu", "nós", "meu", "minha", "nosso", "nossa", "nossos", "me"),
          "zh", Set.of("我", "我们"),
          "ja", Set.of("私", "我々", "僕"));

  /**
   * Roles, each mapped to a group key so that "CEO", "chief executive" and "PDG" find the same
   * person.
   */
  private static final Map<String, String> ROLES = roles();

  private static Map<String, String> roles() {
    Map<String, String> m = new HashMap<>();
    for (String r :
        List.of(
            "ceo",
            "chief executive",
            "chief executive officer",
            "pdg",
            "directeur général",
            "amministratore delegato",
            "consejero delegado",
            "director ejecutivo",
            "diretor executivo",
            "vorstandschef",
            "konzernchef",
            "geschäftsführer",
            "chef")) {
      m.put(r, "ceo");
    }
    for (String r : List.of("founder", "fondateur", "fondatore", "gründer", "fundador")) {
      m.put(r, "founder");
    }
    for (String r :
        List.of(
            "president",
            "chairman",
            "chairwoman",
            "président",
            "présidente",
            "presidente",
            "präsident",
            "präsidentin")) {
      m.put(r, "president");
    }
    for (String r :
        List.of(
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "porte-parole",
            "portavoce",
            "sprecher",
            "sprecherin",
            "portavoz",
            "porta-voz")) {
      m.put(r, "spokesperson");
    }
    for (String r : List.of("minister", "ministre", "ministro", "ministerin")) {
      m.put(r, "minister");
    }
    for (String r : List.of("director", "directeur", "directrice", "direttore", "diretor")) {
      m.put(r, "director");
    }
    return Map.copyOf(m);
  }

  static final Set<String> HONORIFICS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "m", "mme", "mlle", "herr", "frau", "sr", "sra", "sig",
          "signor", "signora", "dott", "don", "doña", "dona");

  private static final Map<String, Pattern> VERB_PATTERNS = new HashMap<>();
  private static final Pattern ALL_VERBS;

  static {
    for (Map.Entry<String, List<String>> e : VERBS.entrySet()) {
      VERB_PATTERNS.put(e.getKey(), verbPattern(e.getValue().stream(), e.getKey()));
    }
    ALL_VERBS = verbPattern(VERBS.values().stream().flatMap(List::stream), "fr");
  }

  private static Pattern verbPattern(Stream<String> verbs, String lang) {
    String alt = WordPatterns.alternation(verbs.toList());
    if (lang.equals("zh") || lang.equals("ja")) {
      return Pattern.compile("(?:" + alt + ")");
    }
    // French inversion ("dit-il", "a-t-elle déclaré", "explique-t-il") names its speaker as a
    // pronoun inside the verb: group 1 holds that pronoun.
    String inverted = "\\p{L}+(?:-t)?-(il|elle)(?:\\s+\\p{L}+)?";
    return Pattern.compile(
        "(?iu)(?<![\\p{L}\\p{N}])(?:" + inverted + "|" + alt + ")(?![\\p{L}\\p{N}])");
  }

  static String lang(String language) {
    if (language == null) return "";
    String l = language.toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    if (dash < 0) dash = l.indexOf('_');
    return dash > 0 ? l.substring(0, dash) : l;
  }

  static boolean isCjk(String lang) {
    return lang.equals("zh") || lang.equals("ja");
  }

  static Pattern verbs(String lang) {
    return VERB_PATTERNS.getOrDefault(lang, ALL_VERBS);
  }

  static Set<String> pronouns(String lang) {
    return PRONOUNS.getOrDefault(lang, ALL_PRONOUNS);
  }

  static Set<String> firstPerson(String lang) {
    return FIRST_PERSON.getOrDefault(lang, ALL_FIRST_PERSON);
  }

  /** Group key of a role word or phrase (lower case), or null when it is no role. */
  static String role(String phrase) {
    return ROLES.get(phrase.toLowerCase(Locale.ROOT));
  }

  static Set<String> roleWords() {
    return ROLES.keySet();
  }

  private static final Set<String> ALL_PRONOUNS = union(PRONOUNS);
  private static final Set<String> ALL_FIRST_PERSON = union(FIRST_PERSON);

  private static Set<String> union(Map<String, Set<String>> m) {
    Set<String> all = new HashSet<>();
    m.values().forEach(all::addAll);
    return Set.copyOf(all);
  }
}
