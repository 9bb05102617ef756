package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period during which one social worker was allocated to the child (table SWEpisodes).
 *
 * @since 2023-24
 */
@Value.Immutable
public interface SocialWorkerEpisode extends Ssda903Record {
  /**
   * A builder of a {@code SocialWorkerEpisode}, every item unset.
   *
   * @return the builder
   */
  static ImmutableSocialWorkerEpisode.Builder builder() {
    return ImmutableSocialWorkerEpisode.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.SW_EPISODES;
  }

  /**
   * The social worker's identifier (SW_ID; begins SW, or XX where unknown).
   *
   * @return the social worker's identifier (SW_ID
   */
  Optional<String> socialWorkerId();

  /**
   * Date the social worker episode started (SW_DECOM).
   *
   * @return date the social worker episode started (SW_DECOM)
   */
  Optional<LocalDate> start();

  /**
   * Date it ended (SW_DEC).
   *
   * @return date it ended (SW_DEC)
   */
  Optional<LocalDate> end();

  /**
   * Reason the episode ended (SW_REASON).
   *
   * @return reason the episode ended (SW_REASON)
   */
  Optional<SocialWorkerChangeReason> reasonEnded();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
