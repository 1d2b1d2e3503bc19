package dev.argus.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.story.Assignment;
import dev.argus.core.story.StoryClusterer;
import dev.argus.core.story.StoryConfig;
import dev.argus.core.story.StoryInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The story clusterer runs with the ONNX embedder: no claim on quality, only that it runs. */
class OnnxEmbedderStoryTest {

  private static OnnxEmbedder embedder;

  @BeforeAll
  static void open() {
    embedder = BundledMiniLm.open();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void clustererWithTheEmbedderRunsAndIsDeterministic() {
    List<String> first = assign(new StoryClusterer(StoryConfig.defaults(), embedder));
    List<String> second = assign(new StoryClusterer(StoryConfig.defaults(), embedder));
    assertThat(first).hasSize(inputs().size()).doesNotContainNull().isEqualTo(second);
  }

  @Test
  void clustererRestoredWithTheEmbedderGoesOnAsTheOriginal() {
    StoryClusterer original = new StoryClusterer(StoryConfig.defaults(), embedder);
    List<StoryInput> in = inputs();
    for (StoryInput i : in.subList(0, 3)) {
      original.add(i);
    }
    StoryClusterer restored = StoryClusterer.restore(original.snapshot(), embedder);
    for (StoryInput i : in.subList(3, in.size())) {
      assertThat(restored.add(i).storyId()).isEqualTo(original.add(i).storyId());
    }
  }

  private static List<String> assign(StoryClusterer clusterer) {
    List<String> stories = new ArrayList<>();
    for (StoryInput in : inputs()) {
      Assignment a = clusterer.add(in);
      stories.add(a.storyId());
    }
    return stories;
  }

  private static List<StoryInput> inputs() {
    return List.of(
        article(
            "a1",
            "en",
            "2026-03-02T08:00:00Z",
            "Harbour crane collapses in storm",
            "A crane at the container harbour collapsed during the night storm; no one was hurt."),
        article(
            "a2",
            "fr",
            "2026-03-02T09:00:00Z",
            "Une grue du port s'effondre pendant la tempête",
            "Une grue du port à conteneurs s'est effondrée pendant la tempête de la nuit."),
        article(
            "a3",
            "en",
            "2026-03-02T10:00:00Z",
            "Storm topples crane at container port",
            "The night storm brought down a crane at the container port, officials said."),
        article(
            "a4",
            "de",
            "2026-03-02T11:00:00Z",
            "Stadtrat beschließt neuen Busfahrplan",
            "Der Stadtrat hat am Montag einen neuen Fahrplan für die Buslinien beschlossen."),
        article(
            "a5",
            "en",
            "2026-03-02T12:00:00Z",
            "Council approves new bus timetable",
            "The city council approved a new timetable for the bus lines on Monday."));
  }

  private static StoryInput article(
      String id, String language, String time, String title, String text) {
    return new StoryInput(
        id,
        "https://" + language + ".example/" + id,
        language + ".example",
        null,
        language,
        Instant.parse(time),
        title,
        text,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }
}
