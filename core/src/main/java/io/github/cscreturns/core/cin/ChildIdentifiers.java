package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who the child is (element ChildIdentifiers).
 *
 * @since 2022-23
 */
@Value.Immutable
public interface ChildIdentifiers extends CinRecord {
  /**
   * A builder of a {@code ChildIdentifiers}, every item unset.
   *
   * @return the builder
   */
  static ImmutableChildIdentifiers.Builder builder() {
    return ImmutableChildIdentifiers.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.CHILD_IDENTIFIERS;
  }

  /**
   * LAchildID (N00097): the LA's identifier of the child, as written.
   *
   * @return LAchildID (N00097)
   */
  Optional<ChildId> laChildId();

  /**
   * UPN (N00001): the unique pupil number, as written (its form is judged by the rules).
   *
   * @return UPN (N00001)
   */
  Optional<Upn> upn();

  /**
   * FormerUPN (N00002), as written.
   *
   * @return formerUPN (N00002), as written
   */
  Optional<Upn> formerUpn();

  /**
   * UPNunknown (N00135): why the UPN is unknown.
   *
   * @return UPNunknown (N00135)
   */
  Optional<UpnUnknownReason> upnUnknown();

  /**
   * PersonBirthDate (N00066).
   *
   * @return personBirthDate (N00066)
   */
  Optional<LocalDate> birthDate();

  /**
   * ExpectedPersonBirthDate (N00098), for an unborn child.
   *
   * @return expectedPersonBirthDate (N00098), for an unborn child
   */
  Optional<LocalDate> expectedBirthDate();

  /**
   * GenderCurrent (N00065), up to 2023-24.
   *
   * @return genderCurrent (N00065), up to 2023-24
   */
  Optional<GenderCurrent> genderCurrent();

  /**
   * Sex (N00783), from 2024-25.
   *
   * @return sex (N00783), from 2024-25
   */
  Optional<Sex> sex();

  /**
   * PersonDeathDate (N00108).
   *
   * @return personDeathDate (N00108)
   */
  Optional<LocalDate> deathDate();
}
