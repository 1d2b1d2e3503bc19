package dev.argus.alerts;

import dev.argus.alerts.AlertStore.Outgoing;
import dev.argus.alerts.Engine.StoryKey;
import dev.argus.alerts.Notification.ArticleRef;
import dev.argus.alerts.Notification.Kind;
import dev.argus.alerts.Notification.StoryItem;
import dev.argus.store.StoredArticle;
import dev.argus.store.monitor.BatchMatches;
import dev.argus.store.monitor.MatchedArticle;
import dev.argus.store.monitor.SavedQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The alerts of a data folder ({@code DATA/alerts/}): adding and removing them, reacting to each
 * committed batch of articles ({@link #onCommitted}), sending what is due ({@link #runDue}: digests
 * whose period ended, retries whose time came), test-firing, the delivery log and the Atom feeds.
 *
 * <p>A batch is handled in two steps: what to say is decided ({@link Engine}) and stored with the
 * alerts' new state in one transaction, as deliveries in an outbox; then the outbox is drained
 * ({@link #deliverDue}). A delivery that fails with a retryable error waits in the outbox with an
 * exponential back-off ({@link Settings#firstRetry()} doubled each time, at most {@link
 * Settings#maxRetry()}) until {@link Settings#maxAttempts()} attempts were made; every attempt is
 * in the delivery log. The outbox is on disk, so a restart goes on with the retries.
 *
 * <p>Thread-safe: the committing thread and a delivery thread may use it at once.
 */
public final class Alerts implements AutoCloseable {

  /** The database file in the alerts folder. */
  public static final String DB = "alerts.db";

  /** The SMTP settings file in the alerts folder. */
  public static final String SMTP = "smtp.properties";

  /** The most stories a digest lists; it counts the others. */
  public static final int MAX_DIGEST_STORIES = 200;

  /** How long a claimed delivery is left alone by other processes. */
  private static final Duration LEASE = Duration.ofMinutes(5);

  /**
   * @param clock the time of notifications, periods, volumes and retries
   * @param maxAttempts attempts per delivery before it is given up (at least 1)
   * @param firstRetry wait before the second attempt; doubled for each later one
   * @param maxRetry the longest wait between two attempts
   * @param timeout the webhook's connect and read timeout
   * @param smtp the SMTP server for e-mail (null: read {@code smtp.properties} in the folder)
   * @param spikes the spike rule
   */
  public record Settings(
      Clock clock,
      int maxAttempts,
      Duration firstRetry,
      Duration maxRetry,
      Duration timeout,
      SmtpSettings smtp,
      SpikeRule spikes) {

    public Settings {
      if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
      if (firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
        throw new IllegalArgumentException("0 <= firstRetry <= maxRetry");
      }
    }

    /** 6 attempts, 1 minute then doubling up to 1 hour, 10 s timeouts, the default spike rule. */
    public static Settings defaults() {
      return new Settings(
          Clock.systemUTC(),
          6,
          Duration.ofMinutes(1),
          Duration.ofHours(1),
          Duration.ofSeconds(10),
          null,
          SpikeRule.defaults());
    }

    public Settings withClock(Clock c) {
      return new Settings(c, maxAttempts, firstRetry, maxRetry, timeout, smtp, spikes);
    }

    public Settings withSmtp(SmtpSettings s) {
      return new Settings(clock, maxAttempts, firstRetry, maxRetry, timeout, s, spikes);
    }

    public Settings withRetries(int attempts, Duration first, Duration max) {
      return new Settings(clock, attempts, first, max, timeout, smtp, spikes);
    }
  }

  /** What a {@link #deliverDue} or {@link #runDue} did. */
  public record Report(int digests, int delivered, int retrying, int failed) {}

  private final AlertStore store;
  private final Matcher matcher;
  private final Settings settings;
  private final WebhookSender webhooks;
  private final EmailSender email;
  private final Sender atom;
  private long loadedVersion = -1; // guarded by this
  private Map<String, Alert> alerts = Map.of(); // guarded by this
  // The matcher is synced only when articles come: commands that match nothing (list, log, feed)
  // never pay for translating every query in every language.
  private boolean matcherStale = true; // guarded by this

  private Alerts(AlertStore store, Matcher matcher, Settings settings) {
    this.store = store;
    this.matcher = matcher;
    this.settings = settings;
    this.webhooks = new WebhookSender(settings.timeout());
    this.email = new EmailSender(settings.smtp());
    this.atom =
        o -> {
          store.addAtomEntry(o.alertId(), AtomFeed.Entry.of(o.notification(), o.id()));
          return Sender.Result.ok(0);
        };
  }

  /** The alerts folder of a data folder. */
  public static Path folder(Path dataRoot) {
    return dataRoot.resolve("alerts");
  }

  /** Whether the data folder has alerts (so ingestion should tell them of new articles). */
  public static boolean exist(Path dataRoot) {
    return Files.exists(folder(dataRoot).resolve(DB));
  }

  /** Opens (creating) the alerts of a data folder, with the store's saved-query matcher. */
  public static Alerts open(Path dataRoot, Settings settings) throws IOException {
    return open(dataRoot, settings, new SavedQueriesMatcher());
  }

  /** Opens the alerts of a data folder with the given matcher. */
  public static Alerts open(Path dataRoot, Settings settings, Matcher matcher) throws IOException {
    Path dir = folder(dataRoot);
    Settings s = settings;
    if (s.smtp() == null) s = s.withSmtp(SmtpSettings.load(dir.resolve(SMTP)));
    AlertStore store = AlertStore.open(dir.resolve(DB));
    try {
      Alerts a = new Alerts(store, matcher, s);
      a.refresh();
      return a;
    } catch (RuntimeException e) {
      store.close();
      matcher.close();
      throw e;
    }
  }

  // ---------------------------------------------------------------- managing alerts

  /**
   * Adds an alert.
   *
   * @throws dev.argus.store.query.QuerySyntaxException when the query is refused, with where
   * @throws IllegalArgumentException for a bad or taken name, a bad channel, or a webhook target
   *     the network guard refuses
   */
  public synchronized Alert add(String name, String query, List<Channel> channels, Mode mode)
      throws IOException {
    Alert.checkName(name);
    SavedQueries.translate(query);
    for (Channel c : channels) if (c instanceof Channel.Webhook w) webhooks.checkTarget(w);
    if (store.byName(name).isPresent()) {
      throw new IllegalArgumentException("an alert named " + name + " exists already");
    }
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Alert a =
        new Alert(id, name, query, channels, mode, now().truncatedTo(ChronoUnit.MILLIS), true);
    store.insert(a);
    refresh();
    return a;
  }

  /**
   * Changes the alert with id {@code id}: its name, query, channels and mode, checked as {@link
   * #add} checks them. Its id, creation time, switch, state and delivery log stay.
   *
   * @return the changed alert, or empty when there is no alert with that id
   * @throws dev.argus.store.query.QuerySyntaxException when the query is refused, with where
   * @throws IllegalArgumentException for a bad name or one another alert has, a bad channel, or a
   *     webhook target the network guard refuses
   */
  public synchronized Optional<Alert> update(
      String id, String name, String query, List<Channel> channels, Mode mode) throws IOException {
    Alert.checkName(name);
    SavedQueries.translate(query);
    for (Channel c : channels) if (c instanceof Channel.Webhook w) webhooks.checkTarget(w);
    Optional<Alert> old = byId(id);
    if (old.isEmpty()) return Optional.empty();
    Optional<Alert> other = store.byName(name);
    if (other.isPresent() && !other.get().id().equals(id)) {
      throw new IllegalArgumentException("an alert named " + name + " exists already");
    }
    Alert a = new Alert(id, name, query, channels, mode, old.get().created(), old.get().enabled());
    store.update(a);
    refresh();
    return Optional.of(a);
  }

  /** The alert with id {@code id}. */
  public Optional<Alert> byId(String id) {
    return store.alerts().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Removes the alert named {@code name} and its state; false when there is none. */
  public synchronized boolean remove(String name) throws IOException {
    Optional<Alert> a = store.byName(name);
    if (a.isEmpty()) return false;
    store.delete(a.get().id());
    refresh();
    return true;
  }

  /**
   * Switches the alert named {@code name} on or off; off, it matches nothing (its state, digest
   * items and pending deliveries stay). False when there is none.
   */
  public synchronized boolean setEnabled(String name, boolean on) {
    Optional<Alert> a = store.byName(name);
    if (a.isEmpty()) return false;
    store.setEnabled(a.get().id(), on);
    refresh();
    return true;
  }

  /** Every alert, by name. */
  public List<Alert> list() {
    return store.alerts();
  }

  /** The alert named {@code name}. */
  public Optional<Alert> get(String name) {
    return store.byName(name);
  }

  /**
   * The alert named {@code name}.
   *
   * @throws IllegalArgumentException when there is none
   */
  public Alert require(String name) {
    return get(name).orElseThrow(() -> new IllegalArgumentException("no alert named " + name));
  }

  /** Reloads the alerts when any process changed them; the matcher follows when next used. */
  private synchronized void refresh() {
    long v = store.version();
    if (v == loadedVersion) return;
    Map<String, Alert> byId = new HashMap<>();
    for (Alert a : store.alerts()) byId.put(a.id(), a);
    alerts = byId;
    loadedVersion = v;
    matcherStale = true;
  }

  // ---------------------------------------------------------------- articles arrive

  /**
   * Tells the alerts of durable articles: matches them, decides, and queues what to send (instant
   * deliveries in the outbox, digest items for digest alerts, spikes). Sends nothing itself: call
   * {@link #deliverDue} after.
   *
   * @return the alerts whose query failed on these articles (alert name → reason, e.g. a wildcard
   *     that expanded to too many terms), which matched nothing in them
   */
  public synchronized Map<String, String> onCommitted(List<StoredArticle> articles)
      throws IOException {
    refresh();
    Map<String, String> failures = new LinkedHashMap<>();
    if (articles.isEmpty() || alerts.values().stream().noneMatch(Alert::enabled)) return failures;
    if (matcherStale) {
      matcher.sync(List.copyOf(alerts.values()));
      matcherStale = false;
    }
    int max = matcher.maxBatch();
    for (int from = 0; from < articles.size(); from += max) {
      handle(articles.subList(from, Math.min(articles.size(), from + max)), failures);
    }
    return failures;
  }

  private void handle(List<StoredArticle> batch, Map<String, String> failures) throws IOException {
    BatchMatches matches = matcher.match(batch);
    matches
        .failures()
        .forEach(
            (id, reason) -> {
              Alert a = alerts.get(id);
              failures.putIfAbsent(a == null ? id : a.name(), reason);
            });
    Map<String, StoredArticle> byId = new HashMap<>();
    for (StoredArticle a : batch) byId.put(a.id(), a);
    Set<StoryKey> keys = new HashSet<>();
    for (MatchedArticle m : matches.articles()) {
      StoredArticle a = byId.get(m.articleId());
      if (a == null) continue;
      for (String id : m.queryIds()) keys.add(new StoryKey(id, Engine.storyOf(a)));
    }
    if (keys.isEmpty()) return;
    Instant now = now();
    Engine.Outcome outcome = Engine.decide(alerts, store.seen(keys), batch, matches, now);
    List<Outgoing> outgoing = new ArrayList<>();
    Map<String, List<StoryItem>> digestItems = new LinkedHashMap<>();
    Map<String, LocalDate> periods = new HashMap<>();
    for (Notification n : outcome.notifications()) {
      Alert alert = alerts.get(n.alertId());
      if (alert.mode().digest()) {
        digestItems.computeIfAbsent(alert.id(), k -> new ArrayList<>()).addAll(n.stories());
        periods.put(alert.id(), alert.mode().periodStart(now));
      } else {
        outgoing.addAll(outgoing(alert, n));
      }
    }
    LocalDate today = day(now);
    store.record(
        outcome.seen(), outcome.volume(), today.toString(), digestItems, periods, outgoing, now);
    for (String alertId : outcome.volume().keySet()) checkSpike(alerts.get(alertId), today, now);
  }

  /**
   * Raises a spike for the alert when its volume on {@code day} passes the rule, once per day. The
   * baseline is the days before {@code day} since the alert was created.
   *
   * @return whether a spike was raised now
   */
  public synchronized boolean checkSpike(Alert alert, LocalDate day, Instant now) {
    long today = store.volume(alert.id(), day);
    LocalDate first = day(alert.created());
    int n = settings.spikes().baselineDays();
    LocalDate from = day.minusDays(n);
    if (from.isBefore(first)) from = first;
    List<Long> history = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(day); d = d.plusDays(1)) {
      history.add(store.volume(alert.id(), d));
    }
    long[] previous = history.stream().mapToLong(Long::longValue).toArray();
    Notification.Spike spike = settings.spikes().test(day.toString(), previous, today);
    if (spike == null) return false;
    Notification note =
        new Notification(alert.id(), alert.name(), Kind.SPIKE, List.of(), spike, now, 0);
    return store.raiseSpike(alert.id(), day, outgoing(alert, note), now);
  }

  private static List<Outgoing> outgoing(Alert alert, Notification n) {
    List<Outgoing> out = new ArrayList<>();
    for (Channel c : alert.channels()) {
      out.add(new Outgoing(UUID.randomUUID().toString(), alert.id(), c, n, 0));
    }
    return out;
  }

  // ---------------------------------------------------------------- sending

  /** Sends every digest whose period has ended, then every delivery due. */
  public Report runDue() {
    int digests = closeDigests();
    Report r = deliverDue();
    return new Report(digests, r.delivered(), r.retrying(), r.failed());
  }

  private synchronized int closeDigests() {
    refresh();
    Instant now = now();
    int sent = 0;
    for (Map.Entry<String, List<LocalDate>> e : store.digestPeriods().entrySet()) {
      Alert alert = alerts.get(e.getKey());
      if (alert == null) continue;
      for (LocalDate period : e.getValue()) {
        if (alert.mode().periodEnd(period).isAfter(now)) continue;
        List<StoryItem> items = merge(store.digestItems(alert.id(), period));
        int more = Math.max(0, items.size() - MAX_DIGEST_STORIES);
        items = items.subList(0, items.size() - more);
        Notification n =
            new Notification(alert.id(), alert.name(), Kind.DIGEST, items, null, now, more);
        store.closeDigest(alert.id(), period, outgoing(alert, n), now);
        sent++;
      }
    }
    return sent;
  }

  /** One item per story: new if any part was, the articles and places of all its parts. */
  static List<StoryItem> merge(List<StoryItem> items) {
    Map<String, List<StoryItem>> byStory = new LinkedHashMap<>();
    for (StoryItem i : items) byStory.computeIfAbsent(i.storyId(), k -> new ArrayList<>()).add(i);
    List<StoryItem> out = new ArrayList<>();
    byStory.forEach(
        (story, parts) -> {
          Kind kind = parts.stream().anyMatch(p -> p.kind() == Kind.NEW) ? Kind.NEW : Kind.UPDATE;
          Map<String, ArticleRef> articles = new LinkedHashMap<>();
          Set<String> languages = new LinkedHashSet<>();
          Set<String> countries = new LinkedHashSet<>();
          for (StoryItem p : parts) {
            for (ArticleRef a : p.articles()) articles.putIfAbsent(a.id(), a);
            languages.addAll(p.newLanguages());
            countries.addAll(p.newCountries());
          }
          out.add(
              new StoryItem(
                  story,
                  kind,
                  List.copyOf(articles.values()),
                  List.copyOf(languages),
                  List.copyOf(countries)));
        });
    return out;
  }

  /**
   * Attempts every delivery due now (new ones and retries whose time came), logging each attempt.
   * Safe beside another process doing the same: each delivery is claimed first.
   */
  public Report deliverDue() {
    int delivered = 0;
    int retrying = 0;
    int failed = 0;
    while (true) {
      Instant now = now();
      List<Outgoing> due = store.claimDue(now, now.plus(LEASE), 50);
      if (due.isEmpty()) break;
      for (Outgoing o : due) {
        switch (attempt(o).status()) {
          case OK -> delivered++;
          case RETRY -> retrying++;
          case FAILED -> failed++;
        }
      }
    }
    return new Report(0, delivered, retrying, failed);
  }

  private Delivery attempt(Outgoing o) {
    Sender.Result r = sender(o.channel()).send(o);
    int attempt = o.attempts() + 1;
    Instant now = now();
    Delivery.Status status;
    Instant retryAt = null;
    if (r.ok()) status = Delivery.Status.OK;
    else if (r.retryable() && attempt < settings.maxAttempts()) {
      status = Delivery.Status.RETRY;
      retryAt = now.plus(backoff(attempt));
    } else status = Delivery.Status.FAILED;
    Delivery d = logLine(o, attempt, status, r, now);
    store.settle(o, d, retryAt);
    return d;
  }

  /** The wait after attempt {@code n} (1-based): firstRetry × 2^(n-1), at most maxRetry. */
  Duration backoff(int n) {
    Duration d = settings.firstRetry().multipliedBy(1L << Math.min(n - 1, 30));
    return d.compareTo(settings.maxRetry()) > 0 || d.isNegative() ? settings.maxRetry() : d;
  }

  private Sender sender(Channel c) {
    return switch (c) {
      case Channel.Webhook w -> webhooks;
      case Channel.Email e -> email;
      case Channel.Atom a -> atom;
    };
  }

  private static Delivery logLine(
      Outgoing o, int attempt, Delivery.Status status, Sender.Result r, Instant now) {
    Notification n = o.notification();
    return new Delivery(
        0,
        o.id(),
        o.alertId(),
        n.alertName(),
        n.storyId(),
        n.articleIds(),
        n.kind(),
        o.channel().label(),
        attempt,
        status,
        r.httpStatus(),
        r.error(),
        now);
  }

  /**
   * Test-fires the alert: a sample notification to each of its channels, one attempt each, logged
   * like any delivery.
   */
  public List<Delivery> test(String name) {
    Alert alert = require(name);
    Instant now = now();
    ArticleRef sample =
        new ArticleRef(
            "https://example.org/argus-test",
            "Argus test delivery for alert " + alert.name(),
            "https://example.org/argus-test",
            "Argus",
            "en",
            null,
            now.toString());
    Notification n =
        new Notification(
            alert.id(),
            alert.name(),
            Kind.TEST,
            List.of(new StoryItem("test", Kind.TEST, List.of(sample), List.of("en"), List.of())),
            null,
            now,
            0);
    List<Delivery> out = new ArrayList<>();
    for (Outgoing o : outgoing(alert, n)) {
      Sender.Result r = sender(o.channel()).send(o);
      Delivery d = logLine(o, 1, r.ok() ? Delivery.Status.OK : Delivery.Status.FAILED, r, now());
      store.log(d);
      out.add(d);
    }
    return out;
  }

  // ---------------------------------------------------------------- reading

  /**
   * The delivery log, oldest first: the last {@code limit} attempts, of the alert named {@code
   * name} (null for all), or only the failed ones.
   */
  public List<Delivery> log(String name, boolean failuresOnly, int limit) {
    String id = null;
    if (name != null) {
      id = require(name).id();
    }
    return store.log(id, failuresOnly, limit);
  }

  /** The Atom feed of the alert named {@code name}. */
  public String feed(String name) {
    Alert alert = require(name);
    return AtomFeed.render(alert, store.atomEntries(alert.id()));
  }

  /** Deliveries waiting in the outbox (new or to retry). */
  public int pending() {
    return store.pending();
  }

  /** The state database, for tests and tools. */
  AlertStore store() {
    return store;
  }

  private Instant now() {
    return settings.clock().instant();
  }

  private static LocalDate day(Instant t) {
    return t.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  @Override
  public void close() throws IOException {
    try {
      matcher.close();
    } finally {
      store.close();
    }
  }
}
