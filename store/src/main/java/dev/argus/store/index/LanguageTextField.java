package dev.argus.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * A text field analysed by its article's language chain instead of the writer's analyzer. The
 * stream is made when the indexer asks for it, not when the document is built: an analyzer reuses
 * one stream per thread, so two streams made up front (title and text) would clobber each other.
 */
public final class LanguageTextField extends Field {

  private final Analyzer analyzer;

  public LanguageTextField(String name, String value, String language) {
    super(name, value, TextField.TYPE_NOT_STORED);
    this.analyzer = Analysis.forLanguage(language);
  }

  @Override
  public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
    return analyzer.tokenStream(name(), stringValue());
  }
}
