package dev.argus.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Byte-to-text decoding: BOM, header, meta declaration, contradicted declarations, detection. */
class CharsetsTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final String DE =
      "<p>Die Größe der neuen Brücke überrascht die Anwohner. Für den Übergang über die Straße"
          + " müssen Fußgänger künftig einen längeren Umweg gehen, heißt es aus dem Rathaus.</p>";
  private static final String FR =
      "<p>Les élèves du lycée ont présenté leur projet à l'école voisine. Le maître d'œuvre a"
          + " été très ému par la qualité des créations, et la réunion s'est prolongée jusqu'à"
          + " midi. Über die Grenze hinaus hat man davon gehört, déjà à Zürich et à Genève.</p>";
  private static final String ZH =
      "<p>市政府周一宣布，将在明年年底前完成老城区供水管网的改造工程，预计惠及约十二万户居民。"
          + "据介绍，改造工程分为三个阶段进行，第一阶段将优先更换使用超过三十年的铸铁管道，以减少漏水和水质问题。"
          + "有关部门表示，施工将尽量安排在夜间进行，并提前通知受影响的社区，减少对居民日常生活的影响。</p>";

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  private static String html(String head, String body) {
    return "<html><head>" + head + "<title>T</title></head><body>" + body + "</body></html>";
  }

  @Test
  void utf8ByteOrderMarkIsStrippedAndDecides() {
    String page = html("", DE);
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            page.getBytes(StandardCharsets.UTF_8));

    Charsets.Decoded d = Charsets.decode(bytes, "text/html; charset=ISO-8859-1");

    assertThat(d.text()).isEqualTo(page);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.source()).isEqualTo("bom");
  }

  @Test
  void utf16LittleEndianByteOrderMark() {
    String page = html("", FR);
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE));

    Charsets.Decoded d = Charsets.decode(bytes, null);

    assertThat(d.text()).isEqualTo(page);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void headerCharsetWinsOverMeta() {
    // 0x80 is the euro sign in windows-1252 and a C1 control in ISO-8859-15.
    String page = html("<meta charset=\"ISO-8859-15\">", "<p>Der Eintritt kostet 20 €.</p>");
    byte[] bytes = page.getBytes(WINDOWS_1252);

    Charsets.Decoded d = Charsets.decode(bytes, "text/html; charset=windows-1252");

    assertThat(d.source()).isEqualTo("header");
    assertThat(d.text()).isEqualTo(page);
  }

  @Test
  void metaCharsetIsUsedWithoutAHeader() {
    String page =
        html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", DE);

    Charsets.Decoded d = Charsets.decode(page.getBytes(StandardCharsets.ISO_8859_1), "text/html");

    assertThat(d.source()).isEqualTo("meta");
    assertThat(d.text()).isEqualTo(page);
  }

  @Test
  void metaUtf8ContradictedByWindows1252BytesIsDetected() {
    String page = html("<meta charset=\"utf-8\">", FR);

    Charsets.Decoded d = Charsets.decode(page.getBytes(WINDOWS_1252), null);

    assertThat(d.text()).isEqualTo(page).contains("é", "ü", "œ");
  }

  @Test
  void metaLatin1ContradictedByUtf8BytesIsUtf8() {
    String page = html("<meta charset=\"ISO-8859-1\">", DE);

    Charsets.Decoded d = Charsets.decode(page.getBytes(StandardCharsets.UTF_8), null);

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(page);
  }

  @Test
  void undeclaredGbkBytesAreDetectedAsChinese() {
    String page = html("", ZH);

    Charsets.Decoded d = Charsets.decode(page.getBytes(Charset.forName("GBK")), null);

    assertThat(d.text()).isEqualTo(page);
  }

  @Test
  void undeclaredUtf8IsUtf8() {
    String page = html("", ZH);

    Charsets.Decoded d = Charsets.decode(page.getBytes(StandardCharsets.UTF_8), null);

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(page);
  }

  @Test
  void pureAsciiDecodesAsIs() {
    String page = html("", "<p>The council met on Tuesday.</p>");

    Charsets.Decoded d = Charsets.decode(page.getBytes(StandardCharsets.US_ASCII), null);

    assertThat(d.text()).isEqualTo(page);
    assertThat(d.source()).isEqualTo("ascii");
  }

  @Test
  void gb2312LabelMapsToGb18030() {
    assertThat(Charsets.lookup("gb2312")).isEqualTo(Charset.forName("GB18030"));
  }

  @Test
  void latin1LabelMapsToWindows1252() {
    assertThat(Charsets.lookup("ISO-8859-1")).isEqualTo(WINDOWS_1252);
  }

  @Test
  void unknownLabelIsNull() {
    assertThat(Charsets.lookup("x-no-such-charset")).isNull();
  }
}
