package dev.argus.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every word list the cleaner uses, in one place, one entry per language (en, fr, it, de, es, pt,
 * nl, zh). Entries are written in the form {@link Lines#norm} gives a line: lower case, digits
 * dropped, punctuation, apostrophes and hyphens turned into single spaces. The lists are small on
 * purpose: they name widget vocabulary, and the rules in {@link ScrapedTextCleaner} decide from the
 * shape of a line (length, position, punctuation) whether a match means boilerplate.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** A line that, once normalised, is exactly one of these is a widget (button, counter, label). */
  static final Set<String> WIDGET_LINES =
      Set.copyOf(
          list(
              "subscribe, notify, notify of, guest, login, log in, sign in, sign up, register, reply,"
                  + " share, tweet, print, email, e mail, comments, comment, post comments, post"
                  + " comment, inline feedback, inline feedbacks, view all comments, load more"
                  + " comments, leave a reply, leave a comment, read more, continue reading,"
                  + " advertisement, sponsored, follow us, newsletter, logo, menu, search, home, skip"
                  + " to content, back to top, previous article, next article, related, related"
                  + " articles, related posts, most popular, trending, share this article, share"
                  + " this, oldest, newest, most voted, facebook, twitter, whatsapp, telegram,"
                  + " linkedin, pinterest, reddit, instagram, youtube, copy link, close, accept,"
                  + " accept all, cookie settings, tags, via",
              "s abonner, abonnez vous, me notifier, notifier de, invité, commentaires, commentaire,"
                  + " laisser un commentaire, répondre, partager, lire la suite, lire aussi, à lire"
                  + " aussi, publicité, suivez nous, connexion, se connecter, rechercher, accueil,"
                  + " plus récents, plus anciens, voir tous les commentaires, retour en haut, article"
                  + " suivant, article précédent",
              "iscriviti, abbonati, notificami, notifica di, ospite, commenti, commento, commenti in"
                  + " linea, feedback in linea, visualizza tutti i commenti, lascia un commento,"
                  + " rispondi, condividi, leggi anche, leggi di più, continua a leggere, pubblicità,"
                  + " seguici, accedi, cerca, più votati, più recenti, meno recenti, articolo"
                  + " successivo, articolo precedente",
              "abonnieren, benachrichtige mich, benachrichtigen, gast, kommentare, kommentar, alle"
                  + " kommentare anzeigen, antworten, teilen, weiterlesen, mehr lesen, anzeige,"
                  + " werbung, folgen sie uns, folge uns, anmelden, suche, startseite, neueste,"
                  + " älteste, nach oben",
              "suscríbete, suscribirse, notificar de, notificarme, invitado, comentarios, comentario,"
                  + " ver todos los comentarios, responder, compartir, leer más, seguir leyendo,"
                  + " publicidad, anuncio, síguenos, iniciar sesión, buscar, inicio",
              "inscreva se, assine, assinar, notificar, notifique me, convidado, comentários,"
                  + " comentário, ver todos os comentários, responder, compartilhar, partilhar, leia"
                  + " mais, leia também, continue lendo, publicidade, siga nos, entrar, pesquisar,"
                  + " início",
              "abonneren, abonneer, meld me, gast, reacties, reactie, bekijk alle reacties, reageren,"
                  + " delen, deel, lees meer, lees verder, lees ook, advertentie, volg ons, inloggen,"
                  + " zoeken",
              "订阅, 通知, 访客, 游客, 评论, 条评论, 查看所有评论, 回复, 分享, 阅读更多, 阅读全文, 广告, 关注我们, 登录, 注册,"
                  + " 搜索, 首页, 相关阅读, 相关文章, 点赞, 收藏, 返回顶部"));

  /**
   * A short line that starts with one of these is a widget ("Share on Facebook", "Follow us on X",
   * "Read more: ..."). Multi-word entries are separated by commas.
   */
  static final List<String> WIDGET_PREFIXES =
      list(
          "share on, share via, share this, follow us, read more, read also, also read, see also,"
              + " continue reading, sign up, subscribe to, subscribe for, join our, filed under,"
              + " posted in, advertisement, sponsored, click here,"
              + " download our app, get the app, about the author, notify of, view all",
          "partager sur, suivez nous, lire aussi, à lire aussi, lire la suite, voir aussi, abonnez"
              + " vous, inscrivez vous, publicité, à propos de l"
              + " auteur",
          "condividi su, seguici su, seguici, leggi anche, potrebbe interessarti, iscriviti,"
              + " sull autore",
          "teilen auf, folgen sie uns, folge uns, lesen sie auch, mehr zum thema, auch interessant,"
              + " abonnieren sie, melden sie sich, über den"
              + " autor",
          "compartir en, síguenos, lee también, lea también, te puede interesar, suscríbete,"
              + " sobre el autor",
          "compartilhe, partilhe, siga nos, leia também, veja também, inscreva se, sobre o autor",
          "deel op, delen op, volg ons, lees ook, lees meer, meld je aan, schrijf je in, over de"
              + " auteur",
          "分享到, 关注我们, 相关阅读, 延伸阅读, 阅读原文, 关于作者");

  /** "Label: values" lines ("Tags: a, b, c") that are navigation, however long the list. */
  static final Set<String> LABELS =
      Set.copyOf(
          list(
              "tags, tag, tagged, keywords, topics, categories, category",
              "étiquettes, mots clés, thèmes, catégories",
              "etichette, argomenti, categorie",
              "schlagwörter, schlagworte, stichwörter, themen, kategorien",
              "etiquetas, temas, categorías",
              "categorias, assuntos",
              "trefwoorden, onderwerpen, categorieën",
              "标签, 关键词, 分类"));

  /** Coupon and promo banners. Any short line containing one is dropped. */
  static final List<String> PROMO =
      list(
          "coupon, coupons, promo code, promo codes, discount code, discount codes, voucher code, voucher codes, deal alert, deal alerts",
          "code promo, codes promo, bon de réduction, bons plans",
          "codice sconto, codici sconto",
          "gutschein, gutscheine, rabattcode, gutscheincode",
          "cupón, cupones, código de descuento, código promocional",
          "cupom, cupons, código promocional",
          "kortingscode, kortingsbon",
          "优惠券, 优惠码, 折扣码");

  /** Newsletter words: a short line with one of these and a {@link #CALL_TO_ACTION} is a prompt. */
  static final List<String> NEWSLETTER =
      list(
          "newsletter, newsletters, inbox, mailing list, notifications",
          "lettre d information, infolettre",
          "notifiche",
          "benachrichtigungen, posteingang",
          "boletín, boletin",
          "boletim, caixa de entrada",
          "nieuwsbrief",
          "新闻通讯, 邮件订阅, 电子报");

  static final List<String> CALL_TO_ACTION =
      list(
          "sign up, subscribe, register, join, get, receive, don t miss, enter your email",
          "inscrivez vous, abonnez vous, recevez, ne manquez",
          "iscriviti, abbonati, ricevi, non perdere",
          "abonnieren, abonnieren sie, anmelden, melden sie sich, erhalten sie, verpassen sie",
          "suscríbete, regístrate, recibe, no te pierdas",
          "inscreva se, assine, receba, não perca",
          "schrijf je in, meld je aan, abonneer, ontvang, mis niets",
          "订阅, 注册, 接收");

  /** Phrases in which a site speaks of its own cookies. */
  static final List<String> COOKIE_SITE =
      list(
          "we use cookies, this site uses, this website uses, our site uses, by continuing",
          "nous utilisons des cookies, ce site utilise, en poursuivant, en continuant",
          "utilizziamo cookie, utilizziamo i cookie, questo sito utilizza, questo sito usa,"
              + " proseguendo",
          "wir verwenden cookies, diese website verwendet, diese seite verwendet, wir nutzen cookies",
          "utilizamos cookies, usamos cookies, este sitio utiliza, este sitio web utiliza",
          "usamos cookies, utilizamos cookies, este site utiliza, este site usa",
          "wij gebruiken cookies, we gebruiken cookies, deze website gebruikt, deze site gebruikt",
          "本网站使用, 我们使用");

  /** Consent words that, on a very short line with "cookie", make a cookie button. */
  static final List<String> CONSENT =
      list(
          "accept, agree, consent, settings, preferences, policy, allow",
          "accepter, accepte, consentement, paramètres, politique, autoriser",
          "accetta, accetto, consenso, impostazioni, informativa",
          "akzeptieren, zustimmen, einstellungen, datenschutz, erlauben",
          "aceptar, acepto, consentimiento, configuración, política",
          "aceitar, aceito, consentimento, configurações, política",
          "accepteren, akkoord, toestemming, instellingen, beleid",
          "同意, 接受, 设置, 隐私");

  static final List<String> RIGHTS_RESERVED =
      list(
          "all rights reserved",
          "tous droits réservés",
          "tutti i diritti riservati",
          "alle rechte vorbehalten",
          "todos los derechos reservados",
          "todos os direitos reservados",
          "alle rechten voorbehouden",
          "版权所有");

  /** Words that name the author's trade in a bio line. */
  static final List<String> BIO_TRADES =
      list(
          "journalist, blogger, writer, editor, reporter, author, columnist, contributor,"
              + " correspondent, freelance, freelancer, tech enthusiast",
          "journaliste, blogueur, blogueuse, rédacteur, rédactrice, auteur, autrice, chroniqueur",
          "giornalista, redattore, redattrice, autore, scrittore, scrittrice",
          "journalistin, redakteur, redakteurin, autor, autorin, bloggerin",
          "periodista, redactor, redactora, escritor, escritora, autora, bloguero",
          "jornalista, redator, redatora, blogueiro, blogueira",
          "redacteur, schrijver, auteur",
          "记者, 编辑, 作者, 博主");

  /**
   * Phrases that make a line with a trade word a bio: first person, "passionate about", a contact
   * prompt. ("X is a ..." near the start of the line is checked separately.)
   */
  static final List<String> BIO_CUES =
      list(
          "i am, i m, i have been, passionate about, write me, contact me, follow me, about the author",
          "je suis, passionné, passionnée, écrivez moi, contactez moi",
          "sono, appassionato, appassionata, scrivimi, contattami",
          "ich bin, begeistert, leidenschaft, schreib mir",
          "soy, apasionado, apasionada, escríbeme",
          "sou, apaixonado, apaixonada, escreva me",
          "ik ben, gepassioneerd, mail me",
          "我是, 热爱");

  /** The copula of "X is a journalist", near the start of a bio line. */
  static final List<String> BIO_COPULA =
      list(
          "is a, is an",
          "est un, est une",
          "è un, è una",
          "ist",
          "es un, es una",
          "é um, é uma",
          "is een",
          "是一名, 是一位");

  /** Labels that cite a source ("via | Site", "Source: Agency"): kept, Argus tracks provenance. */
  static final List<String> PROVENANCE =
      list("via, source, sources", "fonte, fonti", "quelle, quellen", "fuente", "bron", "来源");

  /** Titles and short forms after which a period does not end a sentence ("Dr.Smith"). */
  static final Set<String> ABBREVIATIONS =
      set(
          "mr mrs ms dr prof st jr sr mt vs no nr fig vol ca approx dept inc ltd corp co",
          "mme mlle mgr me pr",
          "sig sigg dott ing avv",
          "hr fr bzw ggf usw vgl",
          "sra srta dña",
          "dra",
          "dhr mevr");

  /**
   * Capitalised words that start a sentence. A run like "ExampleThe" (a capitalised word glued to
   * one of these) is split; capitalised brand names ("YouTube", "LinkedIn", "PlayStation") never
   * end in one of them, which is why "In", "On" and the like are left out.
   */
  static final Set<String> SENTENCE_STARTERS =
      set(
          "The This These Those But However Meanwhile",
          "Le La Les Ce Cette Ces C'est C’est Il Elle Ils Elles Un Une Mais",
          "Lo Gli Questo Questa Ma",
          "Der Die Das Ein Eine Aber",
          "El Los Las Una Pero",
          "Os As Um Uma Mas",
          "Het Een Dit Dat Maar");

  /** Space-separated single words. */
  private static Set<String> set(String... spaceSeparated) {
    return Stream.of(spaceSeparated)
        .flatMap(s -> Stream.of(s.split(" ")))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Comma-separated phrases (entries may hold spaces). */
  private static List<String> list(String... commaSeparated) {
    List<String> out = new ArrayList<>();
    for (String s : commaSeparated) {
      for (String p : s.split(",")) {
        String t = p.strip();
        if (!t.isEmpty()) out.add(t);
      }
    }
    return List.copyOf(out);
  }
}
