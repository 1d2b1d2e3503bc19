package dev.argus.app;

import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a country as an ISO 3166-1 alpha-2 code in any case ({@code it}, {@code GB}), checked
 * against the JDK's list of codes, so that a typo is refused instead of becoming a facet value
 * nobody can find. {@code none} clears a country where a command allows that (it converts to "").
 */
final class CountryCodes implements ITypeConverter<String> {
  private static final Set<String> CODES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  @Override
  public String convert(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (v.equals("NONE")) return "";
    if (CODES.contains(v)) return v;
    throw new TypeConversionException(
        "'"
            + value
            + "' is not an ISO 3166-1 alpha-2 country code (write e.g. it, gb, us; none to clear)");
  }
}
