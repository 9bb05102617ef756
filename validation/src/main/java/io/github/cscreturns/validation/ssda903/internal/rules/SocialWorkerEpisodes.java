package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the social-worker episode rules (SW…) share: the DfE's start of the data, and episode order. */
final class SocialWorkerEpisodes {
  private SocialWorkerEpisodes() {}

  /**
   * 1 April 2023, from which the DfE collects social worker episodes: an episode that began before it
   * is the one open on that day, carried into the return, for which less is required.
   */
  static final LocalDate COLLECTED_FROM = LocalDate.of(2023, 4, 1);

  private static final Comparator<Optional<LocalDate>> DATES_FIRST =
      Comparator.comparing(d -> d.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

  /** The child's episodes by start (SW_DECOM), then end (SW_DEC); those without dates last, ties as read. */
  static List<SocialWorkerEpisode> inOrder(Child child) {
    List<SocialWorkerEpisode> ordered = new ArrayList<>(child.socialWorkerEpisodes());
    ordered.sort(
        Comparator.comparing(SocialWorkerEpisode::start, DATES_FIRST).thenComparing(SocialWorkerEpisode::end, DATES_FIRST));
    return ordered;
  }

  /**
   * The child's latest episode: the last {@link #inOrder in order}, if the child has any; an episode
   * without a start date counts as latest only where none has one.
   */
  static Optional<SocialWorkerEpisode> latest(Child child) {
    List<SocialWorkerEpisode> ordered = inOrder(child);
    return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
  }

  /**
   * The episode that began last (the latest SW_DECOM; of several begun that day, the last in order),
   * or, where no episode has a start date, the last of them as read.
   */
  static Optional<SocialWorkerEpisode> latestStarted(Child child) {
    List<SocialWorkerEpisode> ordered = inOrder(child);
    for (int i = ordered.size() - 1; i >= 0; i--) {
      if (ordered.get(i).start().isPresent()) {
        return Optional.of(ordered.get(i));
      }
    }
    return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
  }

  /** The episode's SW_DECOM as a day ({@link LastYearsReturn#recordedDate read as the DfE reads dates}). */
  static Optional<LocalDate> start(SocialWorkerEpisode e) {
    return LastYearsReturn.recordedDate(e, e.start(), "SW_DECOM");
  }

  /** The episode's SW_DEC as a day ({@link LastYearsReturn#recordedDate read as the DfE reads dates}). */
  static Optional<LocalDate> end(SocialWorkerEpisode e) {
    return LastYearsReturn.recordedDate(e, e.end(), "SW_DEC");
  }

  /**
   * The child's episodes by start alone ({@link #start SW_DECOM}), those without one last, ties as read:
   * the order in which SW11aSTG2 and SW11bSTG2 take one episode as the next.
   */
  static List<SocialWorkerEpisode> byStartAsRead(Child child) {
    List<SocialWorkerEpisode> ordered = new ArrayList<>(child.socialWorkerEpisodes());
    ordered.sort(Comparator.comparing(SocialWorkerEpisodes::start, DATES_FIRST));
    return ordered;
  }
}
