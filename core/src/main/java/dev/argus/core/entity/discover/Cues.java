package dev.argus.core.entity.discover;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list name discovery uses, in one place. Entries are lower case; lists are per language
 * (en, fr, de, es, it, pt) where the words differ, shared where they do not (legal suffixes). They
 * are short on purpose: each entry is a word that, next to a capitalised span, says what it is or
 * that it is not a name; the finder's rules, not the lists, do the work. Written by hand because no
 * registry package we can reach ships such cue lists for these six languages; the one list that a
 * maintained source does ship, country names in many languages, comes from the JDK's own CLDR data
 * ({@link #countryCode}).
 */
final class Cues {

  private Cues() {}

  /**
   * Function words that start sentences capitalised: dropped from the start of a sentence-initial
   * span ("The Nexori board" -> "Nexori"). Mid-sentence they stay ("reads The Guardian").
   */
  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en",
          set(
              "the a an this that these those it its he she they we i you his her their our my"
                  + " in on at for from with by to of as after before but and or if when while"
                  + " since until under over about there here what who why how all some many most"
                  + " no not yes one two three new last next also only even then still so yet"
                  + " however meanwhile according yesterday today tomorrow later earlier now then"),
          "fr",
          set(
              "le la les l un une des du de ce cet cette ces il elle ils elles on nous vous je"
                  + " son sa ses leur leurs notre mais et ou si quand pour par avec sans sur sous"
                  + " dans en à au aux après avant selon depuis pendant chez pas plus déjà aussi"
                  + " cependant"),
          "de",
          set(
              "der die das den dem des ein eine einer eines einem einen er sie es wir ihr ich du"
                  + " sein seine ihre unser dieser diese dieses jener aber und oder wenn als weil"
                  + " für mit ohne von vom zum zur bei im in am an auf aus nach vor seit über unter"
                  + " laut auch noch schon nur doch dabei damit zudem allerdings bereits"),
          "es",
          set(
              "el la los las lo un una unos unas este esta estos estas ese esa él ella ellos"
                  + " ellas nosotros su sus nuestro pero y o si cuando para por con sin sobre bajo"
                  + " en a al del de tras desde durante según también ya además sin embargo"),
          "it",
          set(
              "il lo la i gli le l un una uno questo questa questi queste quel quella lui lei"
                  + " loro noi suo sua suoi sue ma e o se quando per con senza su sotto in a al"
                  + " alla del della di da dal dopo prima secondo durante anche già inoltre"),
          "pt",
          set(
              "o a os as um uma uns umas este esta estes estas esse essa ele ela eles elas nós"
                  + " seu sua seus suas mas e ou se quando para por com sem sobre sob em no na nos"
                  + " nas ao à do da dos das de após antes segundo durante também já além"));

  /**
   * Honorifics and titles written capitalised before a name: stripped from the span, and the name
   * is then a person ("Dr Anna Weber", "Präsident Lukas Brandt").
   */
  private static final Set<String> TITLES =
      set(
          "mr mrs ms miss dr prof sir dame president ceo cfo cto chairman chairwoman senator"
              + " governor mayor minister"
              // fr
              + " m mme mlle monsieur madame me président présidente ministre maire pdg"
              // de
              + " herr frau hr fr präsident präsidentin kanzler kanzlerin minister ministerin"
              + " bürgermeister bürgermeisterin"
              // es, it, pt
              + " sr sra srta don doña señor señora presidente presidenta ministro ministra"
              + " alcalde alcaldesa sig signor signora dott dottoressa ing avv sindaco senhor"
              + " senhora dona prefeito prefeita");

  /** German role nouns are compounds ("Vorstandschef"): these endings mark one. */
  private static final String[] GERMAN_ROLE_ENDINGS = {
    "chef", "chefin", "sprecher", "sprecherin", "präsident", "präsidentin", "minister",
    "ministerin", "leiter", "leiterin", "gründer", "gründerin", "direktor", "direktorin",
    "analyst", "analystin", "manager", "managerin", "experte", "expertin", "vorstand"
  };

  /** Role words written in lower case just before a name: the name is a person. */
  private static final Map<String, Set<String>> ROLE_WORDS =
      Map.of(
          "en",
          set(
              "executive ceo founder cofounder co-founder spokesman spokeswoman spokesperson"
                  + " analyst director chairman chairwoman president minister engineer"
                  + " researcher designer economist head chief officer manager professor author"
                  + " mayor lawyer"),
          "fr",
          set(
              "directeur directrice fondateur fondatrice porte-parole analyste président"
                  + " présidente ministre ingénieur ingénieure chercheur chercheuse patron patronne"
                  + " économiste responsable maire avocat avocate"),
          "de",
          set("herrn"),
          "es",
          set(
              "director directora fundador fundadora portavoz analista presidente presidenta"
                  + " ministro ministra ingeniero ingeniera investigador investigadora economista"
                  + " responsable consejero consejera alcalde"),
          "it",
          set(
              "direttore direttrice fondatore fondatrice portavoce analista presidente ministro"
                  + " ministra ingegnere ricercatore ricercatrice economista responsabile"
                  + " amministratore amministratrice delegato delegata sindaco governatore"),
          "pt",
          set(
              "diretor diretora fundador fundadora porta-voz analista presidente ministro"
                  + " ministra engenheiro engenheira investigador investigadora pesquisador"
                  + " pesquisadora economista responsável prefeito"));

  /**
   * Legal forms and the like that end an organisation's name; compared without dots ("S.p.A." is
   * "spa"). Shared by all languages because they travel with the company.
   */
  private static final Set<String> ORG_SUFFIXES =
      set(
          "inc ltd llc plc corp corporation co gmbh ag kg se sa sas sarl spa srl sl nv bv ab asa"
              + " oyj ltda lda group gruppe groupe grupo gruppo holding holdings bank bancorp"
              + " partners labs systems technologies motors airlines airways"
              // Sector words that end company names far more often than anything else.
              + " energy energia energie énergie robotics biotech ventures capital pharma media"
              + " telecom");

  /** Words that start an organisation's name ("Bank of ...", "Banco de ...", "Universität ..."). */
  private static final Set<String> ORG_HEADS =
      set(
          "bank banco banque banca university université universität universidad università"
              + " universidade ministry ministère ministerium ministerio ministero ministério"
              + " institute institut instituto istituto council conseil rat consejo consiglio"
              + " conselho agency agence agentur agencia agenzia agência");

  /** Words just before a name that say it is an organisation ("the company Nexori"). */
  private static final Map<String, Set<String>> ORG_WORDS =
      Map.of(
          "en",
          set("company firm group startup start-up maker manufacturer rival retailer bank carrier"),
          "fr",
          set(
              "société groupe entreprise start-up constructeur fabricant firme banque enseigne"
                  + " cabinet"),
          "de",
          set("konzern unternehmen firma hersteller gruppe start-up bank autobauer"),
          "es",
          set("empresa compañía grupo fabricante firma banco"),
          "it",
          set("azienda società gruppo produttore banca"),
          "pt",
          set("empresa companhia grupo fabricante banco"));

  /** Words just before a name that say it is a product ("the new Aurora", "Smartphone Vela"). */
  private static final Map<String, Set<String>> PRODUCT_WORDS =
      Map.of(
          "en",
          set("new smartphone phone handset model device app chip console tablet laptop car"),
          "fr",
          set("nouveau nouvelle smartphone téléphone modèle appareil application puce console"),
          "de",
          set("smartphone modell gerät app chip konsole"),
          "es",
          set("nuevo nueva smartphone teléfono modelo dispositivo aplicación chip consola"),
          "it",
          set("nuovo nuova smartphone telefono modello dispositivo app chip console"),
          "pt",
          set("novo nova smartphone telemóvel celular modelo dispositivo aplicação chip"));

  /** Prepositions that usually put a place after them. */
  private static final Map<String, Set<String>> PLACE_PREPOSITIONS =
      Map.of(
          "en", set("in near"),
          "fr", set("à"),
          "de", set("in aus nach"),
          "es", set("en"),
          "it", set("a"),
          "pt", set("em"));

  /** Capitalised calendar words: never names on their own. Only English and German capitalise. */
  private static final Map<String, Set<String>> CALENDAR =
      Map.of(
          "en",
          set(
              "january february march april may june july august september october november"
                  + " december monday tuesday wednesday thursday friday saturday sunday"),
          "de",
          set(
              "januar februar märz april mai juni juli august september oktober november"
                  + " dezember montag dienstag mittwoch donnerstag freitag samstag sonntag"));

  /** Lower-case words that join parts of one name ("Bank of America", "Jean de La Fontaine"). */
  private static final Map<String, Set<String>> CONNECTORS =
      Map.of(
          "en", set("of & de van von"),
          "fr", set("de du des d la le & van von"),
          "de", set("von van zu &"),
          "es", set("de del la las los & van von"),
          "it", set("di del della dei degli & de van von"),
          "pt", set("de do da dos das & van von"));

  private static final Set<String> DEFAULT_CONNECTORS = set("of de van von &");

  /** Folded country name (every ISO country, in the six languages) to its ISO 3166 code. */
  private static final Map<String, String> COUNTRIES = countries();

  static Set<String> functionWords(String lang) {
    return FUNCTION_WORDS.getOrDefault(lang, FUNCTION_WORDS.get("en"));
  }

  static boolean isTitle(String lower, String lang) {
    if (TITLES.contains(lower)) {
      return true;
    }
    if ("de".equals(lang) && lower.length() > 5) {
      for (String ending : GERMAN_ROLE_ENDINGS) {
        if (lower.endsWith(ending)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isRoleWord(String lower, String lang) {
    return ROLE_WORDS.getOrDefault(lang, Set.of()).contains(lower) || TITLES.contains(lower);
  }

  /** Legal forms: the last word of a company's name, so a run of capitals ends there. */
  private static final Set<String> LEGAL_FORMS =
      set("inc ltd llc plc corp gmbh ag kg se sa sas sarl spa srl sl nv bv ab asa oyj ltda lda");

  static boolean isLegalForm(String lowerNoDots) {
    return LEGAL_FORMS.contains(lowerNoDots);
  }

  static boolean isOrgSuffix(String lowerNoDots) {
    return ORG_SUFFIXES.contains(lowerNoDots);
  }

  static boolean isOrgHead(String lower) {
    return ORG_HEADS.contains(lower);
  }

  static boolean isOrgWord(String lower, String lang) {
    Set<String> words = ORG_WORDS.getOrDefault(lang, ORG_WORDS.get("en"));
    if (words.contains(lower)) {
      return true;
    }
    // German compounds: "Smartphone-Hersteller", "Autokonzern".
    if ("de".equals(lang)) {
      for (String w : words) {
        if (w.length() >= 5 && lower.endsWith(w)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isProductWord(String lower, String lang) {
    return PRODUCT_WORDS.getOrDefault(lang, PRODUCT_WORDS.get("en")).contains(lower);
  }

  static boolean isPlacePreposition(String lower, String lang) {
    return PLACE_PREPOSITIONS.getOrDefault(lang, Set.of()).contains(lower);
  }

  static boolean isCalendar(String lower, String lang) {
    return CALENDAR.getOrDefault(lang, Set.of()).contains(lower);
  }

  static boolean isConnector(String token, String lang) {
    return CONNECTORS.getOrDefault(lang, DEFAULT_CONNECTORS).contains(token);
  }

  /**
   * Whether this folded name is a city that names a time zone ("london", "sao paulo", "mexico
   * city"): the tz database the JDK ships is a maintained list of a few hundred major cities, in
   * English, which folded also matches most other languages' spelling of them.
   */
  static boolean isCity(String folded) {
    return CITIES.contains(folded);
  }

  /** ISO 3166 code of the country this folded name names, or null. */
  static String countryCode(String folded) {
    return COUNTRIES.get(folded);
  }

  /** Lower case, accents and dots removed, ß as ss: the form keys and gazetteer lookups use. */
  static String fold(String s) {
    String d = isPlainAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '.') {
        continue;
      }
      if (c == 'ß') {
        b.append("ss");
      } else if (c == '’' || c == 'ʼ') {
        b.append('\'');
      } else {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private static final Set<String> CITIES = cities();

  /** English names of languages ("chinese", "italian", "german"), from the JDK's CLDR data. */
  private static final Set<String> LANGUAGE_NAMES = languageNames();

  static boolean isLanguageName(String lower) {
    return LANGUAGE_NAMES.contains(lower);
  }

  private static Set<String> languageNames() {
    Set<String> names = new HashSet<>();
    for (String code : Locale.getISOLanguages()) {
      String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
      if (!name.isEmpty() && !name.equals(code) && name.indexOf(' ') < 0) {
        names.add(name.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(names);
  }

  private static Set<String> cities() {
    Set<String> cities = new HashSet<>();
    for (String id : java.time.ZoneId.getAvailableZoneIds()) {
      // Continental areas only: Antarctic stations bear people's names ("Davis", "Casey"), and
      // the legacy areas (US/, Etc/, SystemV/) name no city.
      if (!id.matches("(Europe|America|Asia|Africa|Australia|Pacific|Atlantic|Indian)/.*")) {
        continue;
      }
      String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
      if (city.length() > 2 && !city.matches(".*[0-9+-].*")) {
        cities.add(fold(city));
      }
    }
    return Set.copyOf(cities);
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> countries() {
    Map<String, String> names = new HashMap<>();
    Locale[] languages = {
      Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.of("es"), Locale.ITALIAN, Locale.of("pt")
    };
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      for (Locale language : languages) {
        String name = country.getDisplayCountry(language);
        // The JDK falls back to the code itself when it has no name.
        if (!name.isEmpty() && !name.equals(code)) {
          names.putIfAbsent(fold(name), code);
        }
      }
    }
    return Map.copyOf(names);
  }

  private static Set<String> set(String words) {
    Set<String> s = new HashSet<>();
    for (String w : words.trim().split("\\s+")) {
      s.add(w);
    }
    return Set.copyOf(s);
  }
}
