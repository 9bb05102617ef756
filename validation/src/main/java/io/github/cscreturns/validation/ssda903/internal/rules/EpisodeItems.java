package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;

/**
 * Shared readings of episode and header items for the episode rules: the text of an item for
 * comparisons, consecutive episodes, and the items the DfE derives from postcodes
 * (PL_DISTANCE, PL_LA). Whether an item was filled in is {@link ItemPresence}'s; dates derived from an
 * episode are {@link EpisodeDates}'. Never throws on any record that can be built.
 */
final class EpisodeItems {
  private EpisodeItems() {}

  /**
   * The item as text for comparing two records, judged as the DfE reads every item
   * (docs/reading-rules.md): the code, else the unparsed text upper-cased with nothing stripped (" C2"
   * is not C2), else "" (blank).
   */
  static String codeText(Ssda903Record record, Optional<? extends Code> typed, String item) {
    return typed.map(Code::code).orElseGet(() -> record.unparsed(item).map(EpisodeItems::judged).orElse(""));
  }

  /** Text as the DfE judges it: upper-cased, nothing stripped (the readers give unparsed text so already). */
  static String judged(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  /** A postcode as text for comparisons: its canonical form where well formed, else the raw text upper-cased. */
  static String postcodeText(Ssda903Record record, Optional<Postcode> typed, String item) {
    if (typed.isPresent()) {
      Postcode p = typed.get();
      return p.normalised().orElse(judged(p.value()));
    }
    return record.unparsed(item).map(EpisodeItems::judged).orElse("");
  }

  /** Whether the episode's legal status is V3 or V4 (short-term breaks). */
  static boolean isRespite(Episode e) {
    return e.legalStatus().map(ls -> ls.isRespite()).orElse(false);
  }

  /** Whether the home (HOME_POST) or placement (PL_POST) postcode has anything written. */
  static boolean hasAnyPostcode(Episode e) {
    return ItemPresence.isRecorded(e.homePostcode(), e, "HOME_POST") || ItemPresence.isRecorded(e.placement().postcode(), e, "PL_POST");
  }

  /**
   * Whether the child is an unaccompanied asylum-seeking child this year (XML header flag 1, or a UASC
   * table row) or was one last year (the same, in the previous year's return, where supplied). The
   * DfE also looks two years back; that return is not available to a rule, so a child who was UASC
   * only two years ago is not recognised.
   */
  static boolean isUascOrFormerlyUasc(Child child, RuleContext context) {
    return UascStatus.isRecordedAsUasc(child) || context.previous().map(UascStatus::isRecordedAsUasc).orElse(false);
  }

  /** PL_DISTANCE: miles between home and placement postcodes, where both are given and known to the directory. */
  static OptionalDouble distanceMiles(Episode e, RuleContext context) {
    Optional<ReferenceData.PostcodeDirectory> dir = context.referenceData().postcodes();
    if (dir.isEmpty() || e.homePostcode().isEmpty() || e.placement().postcode().isEmpty()) {
      return OptionalDouble.empty();
    }
    return dir.get().distanceMiles(e.homePostcode().get(), e.placement().postcode().get());
  }

  /** PL_LA: the local authority of the placement postcode, where given and known to the directory. */
  static Optional<LaCode> placementLa(Episode e, RuleContext context) {
    Optional<ReferenceData.PostcodeDirectory> dir = context.referenceData().postcodes();
    if (dir.isEmpty() || e.placement().postcode().isEmpty()) {
      return Optional.empty();
    }
    return dir.get().localAuthority(e.placement().postcode().get());
  }

  /** Whether the two episodes record the same placement: PLACE, PL_POST, URN and PLACE_PROVIDER all alike (blank equals blank). */
  static boolean samePlacement(Episode a, Episode b) {
    return codeText(a, a.placement().type(), "PLACE").equals(codeText(b, b.placement().type(), "PLACE"))
        && codeText(a, a.placement().provider(), "PLACE_PROVIDER").equals(codeText(b, b.placement().provider(), "PLACE_PROVIDER"))
        && postcodeText(a, a.placement().postcode(), "PL_POST").equals(postcodeText(b, b.placement().postcode(), "PL_POST"))
        && urnText(a).equals(urnText(b));
  }

  /** Whether the two episodes record the same legal status (blank equals blank). */
  static boolean sameLegalStatus(Episode a, Episode b) {
    return codeText(a, a.legalStatus(), "LS").equals(codeText(b, b.legalStatus(), "LS"));
  }

  private static String urnText(Episode e) {
    return e.placement().urn().map(u -> judged(u.value()))
        .orElseGet(() -> e.unparsed("URN").map(EpisodeItems::judged).orElse(""));
  }

  /**
   * Calls {@code action} with each pair of consecutive episodes in date order (previous, current).
   * Episodes without a start date cannot be placed in order and are left out.
   */
  static void forEachConsecutive(Child child, BiConsumer<Episode, Episode> action) {
    List<Episode> ordered = child.episodesInDateOrder();
    for (int i = 1; i < ordered.size(); i++) {
      action.accept(ordered.get(i - 1), ordered.get(i));
    }
  }

  /**
   * Calls {@code action} with each pair of consecutive episodes (previous, current) in order of DECOM,
   * episodes whose DECOM is blank or not a date after the dated ones, ties as read: the order in which
   * the Python validator compares a child's episodes, so that an episode with an unreadable start is
   * still compared with the one before it. Episodes without a child ID belong to no child and are not
   * compared with each other.
   */
  static void forEachConsecutiveUndatedLast(Child child, BiConsumer<Episode, Episode> action) {
    if (child.childId().isBlank()) {
      return;
    }
    List<Episode> ordered = new ArrayList<>(child.episodes());
    ordered.sort(Comparator.comparing(e -> e.start().orElse(LocalDate.MAX)));
    for (int i = 1; i < ordered.size(); i++) {
      action.accept(ordered.get(i - 1), ordered.get(i));
    }
  }
}
