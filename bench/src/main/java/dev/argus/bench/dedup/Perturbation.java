package dev.argus.bench.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The ways a syndicated copy differs from its original, each applied with a seeded random source.
 * The boilerplate, ads and headlines are written here for the benchmark (fictional outlets).
 */
public enum Perturbation {
  /** The copy stops early: 50-90% of the words kept. */
  TRUNCATED("truncated") {
    @Override
    String apply(String text, String other, Random r) {
      double fraction = 0.5 + 0.4 * r.nextDouble();
      String[] words = text.split(" ", -1);
      if (words.length < 20) { // Chinese, Japanese, Thai: cut by characters
        return text.substring(0, (int) Math.ceil(text.length() * fraction)).strip();
      }
      int keep = (int) Math.ceil(words.length * fraction);
      return String.join(" ", java.util.Arrays.copyOf(words, Math.max(1, keep))).strip();
    }
  },
  /** One to three advertisement paragraphs inserted between paragraphs. */
  ADS("inserted ads") {
    @Override
    String apply(String text, String other, Random r) {
      List<String> p = segments(text);
      int ads = 1 + r.nextInt(3);
      for (int i = 0; i < ads; i++) p.add(r.nextInt(p.size() + 1), pick(ADS_LINES, r));
      return join(p);
    }
  },
  /** A new headline: the first line replaced when it is a heading, else one put on top. */
  HEADLINE("changed headline") {
    @Override
    String apply(String text, String other, Random r) {
      List<String> p = segments(text);
      String[] words = text.split("\\s+");
      StringBuilder h = new StringBuilder(pick(HEADLINE_OPENERS, r));
      int n = 5 + r.nextInt(5);
      for (int i = 0; i < n; i++) h.append(' ').append(words[r.nextInt(words.length)]);
      if (p.size() > 1 && p.get(0).split("\\s+").length <= 20) p.set(0, h.toString());
      else p.add(0, h.toString());
      return join(p);
    }
  },
  /** Two paragraphs (or sentences, in a text of one or two paragraphs) swapped, twice if long. */
  REORDERED("reordered paragraphs") {
    @Override
    String apply(String text, String other, Random r) {
      List<String> p = segments(text);
      if (p.size() < 2) return text;
      int swaps = p.size() >= 6 ? 2 : 1;
      for (int s = 0; s < swaps; s++) {
        int a = r.nextInt(p.size());
        int b = r.nextInt(p.size() - 1);
        if (b >= a) b++;
        String t = p.get(a);
        p.set(a, p.get(b));
        p.set(b, t);
      }
      return join(p);
    }
  },
  /** One paragraph dropped, two from a text of eight or more; never all of it. */
  DROPPED("dropped paragraphs") {
    @Override
    String apply(String text, String other, Random r) {
      List<String> p = segments(text);
      int drop = p.size() >= 8 ? 2 : 1;
      for (int i = 0; i < drop && p.size() > 1; i++) p.remove(r.nextInt(p.size()));
      return join(p);
    }
  },
  /** A paragraph of another page's text added (an editor's box, a related item). */
  ADDED("added paragraph") {
    @Override
    String apply(String text, String other, Random r) {
      List<String> p = segments(text);
      List<String> o = segments(other);
      p.add(r.nextInt(p.size() + 1), o.get(r.nextInt(o.size())));
      return join(p);
    }
  },
  /** Another site's template: navigation, share bars, related links and a footer around it. */
  TEMPLATE("other page template") {
    @Override
    String apply(String text, String other, Random r) {
      List<String> lines = new ArrayList<>();
      String outlet = pick(OUTLETS, r);
      int before = 2 + r.nextInt(3);
      for (int i = 0; i < before; i++) lines.add(pick(TEMPLATE_TOP, r).replace("{outlet}", outlet));
      lines.add(text);
      lines.add("Related: " + segments(other).get(0));
      int after = 2 + r.nextInt(3);
      for (int i = 0; i < after; i++) {
        lines.add(pick(TEMPLATE_BOTTOM, r).replace("{outlet}", outlet));
      }
      return join(lines);
    }
  },
  /** Light copy-editing: about one word in 30 substituted, deleted, doubled or misspelt. */
  EDITED("light word edits") {
    @Override
    String apply(String text, String other, Random r) {
      String[] words = text.split(" ", -1);
      StringBuilder out = new StringBuilder(text.length() + 16);
      for (String w : words) {
        String x = w;
        if (r.nextInt(30) == 0) {
          switch (r.nextInt(4)) {
            case 0 -> x = words[r.nextInt(words.length)];
            case 1 -> x = "";
            case 2 -> x = w + " " + w;
            default -> x = typo(w, r);
          }
        }
        if (!x.isEmpty()) {
          if (!out.isEmpty()) out.append(' ');
          out.append(x);
        }
      }
      return out.toString();
    }
  };

  private final String label;

  Perturbation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The perturbed copy.
   *
   * @param text the original text (paragraphs separated by a blank line)
   * @param other another page's text, for perturbations that borrow from one
   * @param r the seeded random source
   */
  abstract String apply(String text, String other, Random r);

  /** Paragraphs; sentences instead when there are fewer than three paragraphs. */
  static List<String> segments(String text) {
    List<String> p = new ArrayList<>();
    for (String s : text.strip().split("\n\\s*\n")) if (!s.isBlank()) p.add(s.strip());
    if (p.size() >= 3) return p;
    List<String> sentences = new ArrayList<>();
    for (String s : String.join(" ", p).split("(?<=[.!?。！？])\\s*")) {
      if (!s.isBlank()) sentences.add(s.strip());
    }
    return sentences.size() > p.size() ? sentences : p.isEmpty() ? new ArrayList<>(List.of("")) : p;
  }

  private static String join(List<String> p) {
    return String.join("\n\n", p);
  }

  private static String pick(List<String> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  private static String typo(String w, Random r) {
    if (w.length() < 3) return w;
    int i = 1 + r.nextInt(w.length() - 2);
    char[] c = w.toCharArray();
    char t = c[i];
    c[i] = c[i - 1];
    c[i - 1] = t;
    return new String(c);
  }

  private static final List<String> ADS_LINES =
      List.of(
          "Advertisement",
          "ADVERTISEMENT - CONTINUE READING BELOW",
          "Sponsored: Brightline Fibre is cutting prices on home broadband this month. Terms"
              + " apply, see the website for details.",
          "Subscribe to the Morning Ledger newsletter and get the day's most important stories"
              + " in your inbox before breakfast.",
          "Try our digital edition free for thirty days, then pay just two euros a week. Cancel"
              + " any time.",
          "Story continues below this advertisement",
          "Don't miss out: download the Quayside News app for breaking alerts on your phone.");

  private static final List<String> HEADLINE_OPENERS =
      List.of("UPDATE:", "Breaking:", "Report:", "Analysis:", "", "Watch:", "Exclusive:");

  private static final List<String> OUTLETS =
      List.of(
          "The Quayside Daily",
          "Northfield Herald",
          "Valley Ledger",
          "Harbour Courier",
          "Eastbrook Times",
          "Le Petit Riverain",
          "Lindenauer Anzeiger");

  private static final List<String> TEMPLATE_TOP =
      List.of(
          "Home | News | Business | Sport | Culture | Opinion",
          "Skip to main content",
          "{outlet} - independent news since 1887",
          "Log in | Subscribe | Newsletters | Podcasts",
          "You are here: Home > News > World",
          "Share on Facebook Share on X Share by email Copy link",
          "Listen to this article - 4 min");

  private static final List<String> TEMPLATE_BOTTOM =
      List.of(
          "© 2026 {outlet}. All rights reserved.",
          "Sign up for our newsletter to get the top stories every morning.",
          "Comments are closed for this article.",
          "Follow {outlet} on social media for the latest updates.",
          "Terms of use | Privacy policy | Cookie settings | Contact us",
          "Most read: the week's ten most popular stories on {outlet}",
          "Tags: news, world, business, politics");
}
