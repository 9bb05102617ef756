package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.Postcode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An episode of care (table Episodes; XML element EPISODE): a span during which the child's legal
 * status and placement stay the same. A new episode starts whenever either changes.
 *
 * @since 2013-14
 */
@Value.Immutable
public interface Episode extends Ssda903Record {
  /**
   * A builder of an {@code Episode}, every item unset.
   *
   * @return the builder
   */
  static ImmutableEpisode.Builder builder() {
    return ImmutableEpisode.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.EPISODES;
  }

  /**
   * Date episode commenced (DECOM).
   *
   * @return date episode commenced (DECOM)
   */
  Optional<LocalDate> start();

  /**
   * Reason for new episode (RNE).
   *
   * @return reason for new episode (RNE)
   */
  Optional<ReasonNewEpisode> reasonNewEpisode();

  /**
   * Legal status (LS).
   *
   * @return legal status (LS)
   */
  Optional<LegalStatus> legalStatus();

  /**
   * Category of need (CIN).
   *
   * @return category of need (CIN)
   */
  Optional<CategoryOfNeed> categoryOfNeed();

  /**
   * The placement during the episode (PLACE, PLACE_PROVIDER, PL_POST, URN).
   *
   * @return the placement during the episode (PLACE, PLACE_PROVIDER, PL_POST, URN)
   */
  @Value.Default
  default Placement placement() {
    return Placement.empty();
  }

  /**
   * Date episode ceased (DEC); empty while the episode is open.
   *
   * @return date episode ceased (DEC)
   */
  Optional<LocalDate> end();

  /**
   * Reason episode ceased (REC); empty while the episode is open.
   *
   * @return reason episode ceased (REC)
   */
  Optional<ReasonEpisodeCeased> reasonCeased();

  /**
   * Reason for placement change (REASON_PLACE_CHANGE, from 2015-16).
   *
   * @return reason for placement change (REASON_PLACE_CHANGE, from 2015-16)
   */
  Optional<ReasonPlacementChange> reasonPlaceChange();

  /**
   * Postcode of the child's home address (HOME_POST).
   *
   * @return postcode of the child's home address (HOME_POST)
   */
  Optional<Postcode> homePostcode();

  /**
   * Whether the episode is open (has a start and no end date, and no unparsed end text).
   *
   * @return whether the episode is open (has a start and no end date, and no unparsed end text)
   */
  default boolean isOpen() {
    return start().isPresent() && end().isEmpty() && unparsed("DEC").isEmpty();
  }

  /**
   * Whether the child is in this episode on the date: it started on or before the date and has not
   * ceased by it. An episode ceasing on a day does not cover that day (the DfE counts a child whose
   * episode ceased on 31 March as no longer looked after at 31 March).
   *
   * @param date the date
   * @return whether the child is in this episode on the date
   */
  default boolean covers(LocalDate date) {
    if (start().isEmpty() || start().get().isAfter(date)) {
      return false;
    }
    return end().map(e -> e.isAfter(date)).orElse(unparsed("DEC").isEmpty());
  }
}
