package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The spells of care that the Missing rules (577, 578) place a missing period in: the child's
 * episodes with a DECOM, in date order, run together until one starts after the episode before it
 * ceased (DEC). A spell runs from its first DECOM to the DEC of its last episode, open where that
 * episode has none. Unlike {@link Child#periodsOfCare()}, a reason for new episode S does not break
 * a spell: these rules ask only whether the child was looked after at the time.
 */
record CareSpells(LocalDate start, Optional<LocalDate> end) {
  static List<CareSpells> of(Child child) {
    List<CareSpells> spells = new ArrayList<>();
    LocalDate start = null;
    Optional<LocalDate> end = Optional.empty();
    for (Episode e : child.episodesInDateOrder()) {
      LocalDate decom = e.start().orElseThrow();
      if (start == null || (end.isPresent() && decom.isAfter(end.get()))) {
        if (start != null) {
          spells.add(new CareSpells(start, end));
        }
        start = decom;
      }
      end = e.end();
    }
    if (start != null) {
      spells.add(new CareSpells(start, end));
    }
    return spells;
  }
}
