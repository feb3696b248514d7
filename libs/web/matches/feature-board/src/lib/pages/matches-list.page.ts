import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  PagerComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
} from '@brobygger/web/shared/ui';
import { toApiError, FormProblems, listValue, problemFromApi } from '@brobygger/web/shared/util-forms';
import { MATCH_END_OUTCOMES } from '@brobygger/shared/rules';
import {
  type BoardMatchFragment,
  CoordinatorMatchesGQL,
  EndMatchGQL,
  MATCH_KINDS,
  MATCH_OUTCOMES,
  MATCH_STATUSES,
  type MatchKind,
  type MatchOutcome,
  type MatchStatus,
  RecordParticipantResponseGQL,
} from '@brobygger/web/matches/data-access';
import { I18nService, TranslatePipe, formatDanishDate } from '@brobygger/web/shared/i18n';
import { firstValueFrom, map } from 'rxjs';

interface Filter {
  readonly status: MatchStatus | '';
  readonly kind: MatchKind | '';
}

/** Matches per page (the api allows up to 50). */
const PAGE_SIZE = 25;

type Pending = { readonly action: 'decline' | 'end'; readonly match: BoardMatchFragment };

/**
 * /koordinator/forloeb — the municipality's matches with filters, and the next step of each by its
 * status: waiting for the volunteer or association (until a date), recording the participant's
 * answer, and completing or ending an active match (after a confirmation).
 */
@Component({
  selector: 'bb-matches-list-page',
  imports: [
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    PagerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matches-list.page.html',
  styleUrl: './matches-pages.scss',
})
export class MatchesListPage {
  private readonly i18n = inject(I18nService);
  private readonly matchesGql = inject(CoordinatorMatchesGQL);
  private readonly respondGql = inject(RecordParticipantResponseGQL);
  private readonly endGql = inject(EndMatchGQL);

  protected readonly kinds = MATCH_KINDS;
  protected readonly statuses = MATCH_STATUSES;
  protected readonly outcomes = MATCH_OUTCOMES;

  /** The filter as chosen in the form, and as applied (on "Show"). */
  protected readonly draft = signal<Filter>({ status: '', kind: '' });
  protected readonly filter = signal<Filter>({ status: '', kind: '' });
  protected readonly offset = signal(0);
  protected readonly message = signal<string | null>(null);
  protected readonly actionProblems = new FormProblems(this.i18n);
  protected readonly dialogProblems = new FormProblems(this.i18n);
  protected readonly pending = signal<Pending | null>(null);
  protected readonly busy = signal(false);
  protected readonly reason = signal('');
  protected readonly completed = signal(true);
  protected readonly outcome = signal<MatchOutcome | ''>('');
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  protected readonly page = rxResource({
    params: () => ({ filter: this.filter(), offset: this.offset() }),
    stream: ({ params: { filter, offset } }) =>
      this.matchesGql
        .fetch({
          variables: {
            kind: filter.kind || null,
            statuses: filter.status ? [filter.status] : null,
            offset,
            limit: PAGE_SIZE,
          },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.matches ?? { total: 0, offset, limit: PAGE_SIZE, items: [] })),
  });
  protected readonly matches = computed(() => this.page.value()?.items ?? []);

  protected kindLabel(kind: MatchKind): string {
    return this.i18n.t(`matching.kind.${kind}`);
  }

  protected statusLabel(status: MatchStatus): string {
    return this.i18n.t(`matching.status.${status}`);
  }

  /** An outcome to choose (ENDED_AS_PLANNED) or one recorded (ended-as-planned, or older free text). */
  protected outcomeLabel(outcome: string): string {
    const known = MATCH_END_OUTCOMES.find((o) => o === listValue(outcome));
    return known ? this.i18n.t(`matching.outcome.${known}`) : outcome;
  }

  protected participantName(match: BoardMatchFragment): string {
    return `${match.participant.firstName} ${match.participant.lastName}`;
  }

  protected providerName(match: BoardMatchFragment): string {
    return match.provider.associationName
      ? `${match.provider.name} (${match.provider.associationName})`
      : match.provider.name;
  }

  protected date(value: string | null | undefined): string {
    return value ? formatDanishDate(value) : '';
  }

  protected setDraft(part: Partial<Filter>): void {
    this.draft.update((draft) => ({ ...draft, ...part }));
  }

  protected apply(): void {
    this.message.set(null);
    this.offset.set(0);
    this.filter.set(this.draft());
  }

  protected turnPage(offset: number): void {
    this.message.set(null);
    this.offset.set(offset);
    // Back to the top of the list for the next page, for keyboard and screen-reader users too.
    setTimeout(() => document.getElementById('matches-heading')?.focus());
  }

  protected filtered(): boolean {
    const { status, kind } = this.filter();
    return status !== '' || kind !== '';
  }

  /** The participant's yes makes the match active at once; a no asks for confirmation first. */
  protected async participantAccepts(match: BoardMatchFragment): Promise<void> {
    this.message.set(null);
    this.actionProblems.clear();
    try {
      await firstValueFrom(this.respondGql.mutate({ variables: { id: match.id, accept: true, reason: null } }));
      this.message.set(this.i18n.t('matching.list.activated', { name: this.participantName(match) }));
      this.page.reload();
    } catch (error) {
      this.actionProblems.show(problemFromApi(toApiError(error), []));
    }
  }

  protected ask(action: Pending['action'], match: BoardMatchFragment): void {
    this.pending.set({ action, match });
    this.reason.set('');
    this.completed.set(true);
    this.outcome.set('');
    this.dialogProblems.clear();
    setTimeout(() => this.dialog()?.nativeElement.showModal());
  }

  protected cancel(): void {
    this.dialog()?.nativeElement.close();
  }

  protected dialogClosed(): void {
    const pending = this.pending();
    this.pending.set(null);
    // Back to the button that opened it; after a decline or an end the row has no such button any more.
    if (pending) {
      setTimeout(() =>
        (
          document.getElementById(`${pending.action}-${pending.match.id}`) ?? document.getElementById('matches-message')
        )?.focus(),
      );
    }
  }

  protected async confirm(): Promise<void> {
    const pending = this.pending();
    if (!pending || this.busy()) return;
    const { action, match } = pending;
    const outcome = this.outcome();
    if (action === 'end' && !this.dialogProblems.check([['outcome', !outcome, 'matching.endDialog.problemOutcome']]))
      return;
    const reason = this.reason().trim();
    const request =
      action === 'decline'
        ? () =>
            firstValueFrom(
              this.respondGql.mutate({ variables: { id: match.id, accept: false, reason: reason || null } }),
            )
        : outcome
          ? () =>
              firstValueFrom(
                this.endGql.mutate({ variables: { id: match.id, completed: this.completed(), reason, outcome } }),
              )
          : null;
    if (!request) return;
    this.busy.set(true);
    const ok = await this.dialogProblems.send(request, ['outcome'], toApiError);
    this.busy.set(false);
    if (!ok) return;
    this.dialog()?.nativeElement.close();
    this.message.set(
      action === 'decline'
        ? this.i18n.t('matching.list.declined')
        : this.i18n.t('matching.list.ended', { name: this.participantName(match) }),
    );
    this.page.reload();
  }
}
