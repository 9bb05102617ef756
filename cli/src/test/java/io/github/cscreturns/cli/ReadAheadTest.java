package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
  private static Child child(int n) {
    return Child.builder().childId(ChildId.of("C" + n)).build();
  }

  /** Children 1..count, then a problem with the input if asked; remembers being closed. */
  private static final class Source implements ReturnSource.Children {
    private final int count;
    private final boolean failsAtEnd;
    private int read;
    final AtomicBoolean closed = new AtomicBoolean();

    Source(int count, boolean failsAtEnd) {
      this.count = count;
      this.failsAtEnd = failsAtEnd;
    }

    @Override
    public boolean hasNext() {
      if (read == count && failsAtEnd) {
        throw new ReturnSource.UnusableInputRuntime("return.xml:9:1: malformed XML");
      }
      return read < count;
    }

    @Override
    public Child next() {
      return child(++read);
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  private static List<String> ids(ReturnSource.Children children) {
    List<String> ids = new ArrayList<>();
    children.forEachRemaining(c -> ids.add(c.childId().value()));
    return ids;
  }

  @Test
  void givesEveryChildInInputOrderAcrossManyHandOvers() {
    Source source = new Source(1000, false);
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      expected.add("C" + i);
    }
    try (ReadAhead children = new ReadAhead(source)) {
      assertThat(ids(children)).isEqualTo(expected);
      assertThat(children.hasNext()).isFalse();
    }
    assertThat(source.closed).isTrue();
  }

  @Test
  void aProblemWithTheInputComesAfterTheChildrenBeforeIt() {
    Source source = new Source(70, true);
    List<String> taken = new ArrayList<>();
    try (ReadAhead children = new ReadAhead(source)) {
      assertThatThrownBy(() -> {
            while (children.hasNext()) {
              taken.add(children.next().childId().value());
            }
          })
          .isInstanceOf(ReturnSource.UnusableInputRuntime.class)
          .hasMessage("return.xml:9:1: malformed XML");
      assertThat(children.hasNext()).isFalse();
    }
    assertThat(taken).hasSize(70).startsWith("C1").endsWith("C70");
  }

  @Test
  void closingBeforeTheEndStopsTheReadingAndReleasesTheInput() {
    Source source = new Source(1_000_000, false);
    try (ReadAhead children = new ReadAhead(source)) {
      assertThat(children.next().childId().value()).isEqualTo("C1");
    }
    assertThat(source.closed).isTrue();
    // a few chunks ahead at most, never the whole input
    assertThat(source.read).isLessThan(2000);
  }
}
