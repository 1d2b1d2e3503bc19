package dev.argus.store.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Per-language analysis of article text. Every language shares one chain so that the same word
 * indexes alike wherever the language guess went wrong: the standard tokenizer, full-width folding,
 * lower case, the language's stemmer (light stemmers where Lucene has one: they over-stem less),
 * ICU folding (case, accents, compatibility forms) and CJK bigrams (Chinese, Japanese and Korean
 * have no spaces; each pair of ideographs becomes a term, in every language's chain, so 小米 in an
 * English article is found like 小米 in a Chinese one).
 *
 * <p>No stop words: phrase and proximity queries count every word, and news queries often consist
 * of short words ("The Who", "AI").
 *
 * <p>A query is analysed with {@linkplain #queryAnalyzers() every language's chain} and the
 * distinct results are OR-ed, so {@code photographie} finds the French {@code Photographie}
 * (stemmed the French way) and the English {@code photography} article is not required to share its
 * stemmer.
 */
public final class Analysis {

  /** Languages with a stemmer of their own; every other language gets the plain chain. */
  public static final List<String> STEMMED =
      List.of(
          "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "fi", "fr", "hu", "id", "it", "nl",
          "no", "nb", "nn", "pt", "ro", "ru", "sv", "tr");

  private static final Map<String, Analyzer> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Analyzer PLAIN = new Chain("");

  private Analysis() {}

  /**
   * The chain for articles in {@code language} (ISO 639-1; null or unknown gives the plain one).
   */
  public static Analyzer forLanguage(String language) {
    if (language == null) return PLAIN;
    String code = language.toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    if (dash > 0) code = code.substring(0, dash);
    if (code.equals("nb") || code.equals("nn")) code = "no"; // one Norwegian stemmer for both
    if (!STEMMED.contains(code)) return PLAIN;
    return BY_LANGUAGE.computeIfAbsent(code, Chain::new);
  }

  /** The plain chain: tokens, lower case, folding and CJK bigrams, no stemming. */
  public static Analyzer plain() {
    return PLAIN;
  }

  /** The plain chain first, then every stemmed language's chain. */
  public static Collection<Analyzer> queryAnalyzers() {
    Map<String, Analyzer> all = new LinkedHashMap<>();
    all.put("", PLAIN);
    for (String code : STEMMED) all.put(code, forLanguage(code));
    return new ArrayList<>(new java.util.LinkedHashSet<>(all.values()));
  }

  /** One language's chain. */
  private static final class Chain extends Analyzer {
    private static final CharArraySet ELISIONS =
        new CharArraySet(
            List.of(
                "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu",
                "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
                "negl", "sugl", "un", "v"),
            true);

    private final String language;

    Chain(String language) {
      this.language = language;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream t = new CJKWidthFilter(source);
      if (language.equals("fr") || language.equals("it") || language.equals("ca")) {
        t = new ElisionFilter(t, ELISIONS);
      }
      if (language.equals("en")) t = new EnglishPossessiveFilter(t);
      t = new LowerCaseFilter(t);
      t = stem(t);
      t = new ICUFoldingFilter(t);
      t = new CJKBigramFilter(t);
      return new TokenStreamComponents(source, t);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ICUFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }

    private TokenStream stem(TokenStream t) {
      return switch (language) {
        case "ar" -> new ArabicStemFilter(new ArabicNormalizationFilter(t));
        case "bg" -> new BulgarianStemFilter(t);
        case "ca" -> new SnowballFilter(t, new CatalanStemmer());
        case "cs" -> new CzechStemFilter(t);
        case "da" -> new SnowballFilter(t, new DanishStemmer());
        case "de" -> new GermanLightStemFilter(new GermanNormalizationFilter(t));
        case "el" -> new GreekStemFilter(t);
        case "en" -> new PorterStemFilter(t);
        case "es" -> new SpanishLightStemFilter(t);
        case "fi" -> new FinnishLightStemFilter(t);
        case "fr" -> new FrenchLightStemFilter(t);
        case "hu" -> new HungarianLightStemFilter(t);
        case "id" -> new IndonesianStemFilter(t);
        case "it" -> new ItalianLightStemFilter(t);
        case "nl" -> new SnowballFilter(t, new DutchStemmer());
        case "no", "nb", "nn" -> new NorwegianLightStemFilter(t);
        case "pt" -> new PortugueseLightStemFilter(t);
        case "ro" -> new SnowballFilter(t, new RomanianStemmer());
        case "ru" -> new RussianLightStemFilter(t);
        case "sv" -> new SwedishLightStemFilter(t);
        case "tr" -> new SnowballFilter(t, new TurkishStemmer());
        default -> t;
      };
    }
  }
}
