import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  CoordinatorDashboardGQL,
  type VolunteerRole,
  WAITING_LIST_KINDS,
  type WaitingEntryFragment,
  type WaitingListKind,
} from '@brobygger/web/participants/data-access';
import { I18nService, type TranslationKey, TranslatePipe, isoDateToDanish } from '@brobygger/web/shared/i18n';
import { listValue } from '@brobygger/web/shared/util-forms';
import { map } from 'rxjs';

/** Every page a coordinator works in; some are built by other features, all start here. */
const COORDINATOR_PAGES: readonly { path: string; label: TranslationKey; text: TranslationKey }[] = [
  {
    path: '/koordinator/deltagere',
    label: 'coordination.nav.participants',
    text: 'coordination.nav.participantsText',
  },
  { path: '/koordinator/matchning', label: 'coordination.nav.matching', text: 'coordination.nav.matchingText' },
  { path: '/koordinator/forloeb', label: 'coordination.nav.matches', text: 'coordination.nav.matchesText' },
  {
    path: '/koordinator/frivillige',
    label: 'coordination.nav.volunteers',
    text: 'coordination.nav.volunteersText',
  },
  {
    path: '/koordinator/fritidspas',
    label: 'coordination.nav.fritidspas',
    text: 'coordination.nav.fritidspasText',
  },
  { path: '/koordinator/opfoelgning', label: 'coordination.nav.followUp', text: 'coordination.nav.followUpText' },
  {
    path: '/koordinator/foreninger',
    label: 'coordination.nav.associations',
    text: 'coordination.nav.associationsText',
  },
];

/** The dashboard shows the longest waiting (and idle) first, this many of each, with the totals. */
const SHOWN = 10;

interface WaitingList {
  readonly kind: WaitingListKind;
  readonly entries: readonly WaitingEntryFragment[];
  readonly total: number;
  readonly overdue: number;
}

/**
 * /koordinator — the coordinator's overview: who waits for which kind of match and since when
 * (with the ageing alert the API marks), approved volunteers without a match, and the way to every
 * coordinator page.
 */
@Component({
  selector: 'bb-coordinator-dashboard-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
})
export class DashboardPage {
  private readonly i18n = inject(I18nService);
  private readonly dashboardGql = inject(CoordinatorDashboardGQL);

  protected readonly pages = COORDINATOR_PAGES;
  protected readonly danishDate = isoDateToDanish;

  protected readonly dashboard = rxResource({
    stream: () =>
      this.dashboardGql.fetch({ variables: { limit: SHOWN }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data)),
  });

  protected readonly waitingLists = computed<readonly WaitingList[]>(() => {
    const data = this.dashboard.value();
    if (!data) return [];
    return WAITING_LIST_KINDS.map((kind) => ({
      kind,
      entries: data[kind].items,
      total: data[kind].total,
      overdue: data[kind].overdue,
    }));
  });

  protected readonly idleVolunteers = computed(() => this.dashboard.value()?.idleVolunteers.items ?? []);
  protected readonly idleTotal = computed(() => this.dashboard.value()?.idleVolunteers.total ?? 0);
  protected readonly idleOverdue = computed(() => this.dashboard.value()?.idleVolunteers.overdue ?? 0);

  protected kindLabel(kind: WaitingListKind): string {
    return this.i18n.t(`coordination.waitingKind.${kind}`);
  }

  protected rolesText(roles: readonly VolunteerRole[]): string {
    return roles.map((role) => this.i18n.t(`wizard.role.${listValue(role)}`)).join(', ');
  }
}
