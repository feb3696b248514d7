import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, FormProblems, problemFromApi } from '@brobygger/web/shared/util-forms';
import {
  ConfirmReferralFirstSessionGQL,
  type ReferralFieldsFragment,
  type ReferralOutcome,
  ReportReferralOutcomeGQL,
  RespondToReferralGQL,
} from '@brobygger/web/associations/data-access';
import {
  I18nService,
  TranslatePipe,
  formatDanishDate,
  formatDanishTime,
  isoDateToDanish,
  parseDanishDate,
} from '@brobygger/web/shared/i18n';
import { firstValueFrom } from 'rxjs';
import { copenhagenToday } from './copenhagen-today';

type Pending = { kind: 'accept' } | { kind: 'decline' } | { kind: 'outcome'; outcome: ReferralOutcome };

const MEMBERSHIP_OUTCOMES: readonly ReferralOutcome[] = ['BECAME_MEMBER', 'STOPPED', 'DID_NOT_SHOW'];
const EVENT_OUTCOMES: readonly ReferralOutcome[] = ['ATTENDED', 'DID_NOT_SHOW'];
const REASON_MAX = 500;

/**
 * One referral in the inbox: who (first name, age, languages, interpreter need), and the next step —
 * say yes or no, confirm the first session, report how it went. Each step that cannot be undone asks
 * first, in a dialog.
 */
@Component({
  selector: 'bb-referral-card',
  imports: [TranslatePipe, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './referral-card.component.html',
  styleUrl: './referrals.scss',
})
export class ReferralCardComponent {
  readonly referral = input.required<ReferralFieldsFragment>();
  /** Language code → name in the current language. */
  readonly languageNames = input<ReadonlyMap<string, string>>(new Map());
  /** A step succeeded: the message to show, and the list should be reloaded. */
  readonly done = output<string>();

  private readonly i18n = inject(I18nService);
  private readonly respondGql = inject(RespondToReferralGQL);
  private readonly confirmGql = inject(ConfirmReferralFirstSessionGQL);
  private readonly reportGql = inject(ReportReferralOutcomeGQL);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('dialog');

  protected readonly sessionProblems = new FormProblems(this.i18n);
  protected readonly outcomeProblems = new FormProblems(this.i18n);
  protected readonly dialogProblems = new FormProblems(this.i18n);
  protected readonly sessionDate = signal<string | null>(null);
  protected readonly chosenOutcome = signal<ReferralOutcome | null>(null);
  protected readonly reason = signal('');
  protected readonly pending = signal<Pending | null>(null);
  protected readonly busy = signal(false);

  protected readonly id = computed(() => this.referral().id);
  protected readonly name = computed(() => this.referral().person.firstName);
  protected readonly isEvent = computed(() => this.referral().kind === 'EVENT');
  protected readonly isOpen = computed(() => ['APPROVED', 'ACCEPTED', 'ACTIVE'].includes(this.referral().status));
  protected readonly isAccepted = computed(() => ['ACCEPTED', 'ACTIVE'].includes(this.referral().status));
  protected readonly outcomes = computed(() => (this.isEvent() ? EVENT_OUTCOMES : MEMBERSHIP_OUTCOMES));
  /** The day from which the outcome may be reported: the first session, or the event's day. */
  private readonly firstDay = computed(() => {
    const referral = this.referral();
    if (this.isEvent()) {
      return referral.offerStartsAt ? parseDanishDate(formatDanishDate(referral.offerStartsAt)) : null;
    }
    return referral.firstSessionOn;
  });
  protected readonly canReport = computed(() => {
    const day = this.firstDay();
    return this.isAccepted() && day !== null && day <= copenhagenToday();
  });
  protected readonly waitingFor = computed(() => {
    const day = this.firstDay();
    return this.isAccepted() && day !== null && day > copenhagenToday() ? day : null;
  });
  protected readonly sessionValue = computed(
    () => this.sessionDate() ?? isoDateToDanish(this.referral().firstSessionOn),
  );

  protected languages(): string {
    const names = this.languageNames();
    return this.referral()
      .person.languages.map((code) => names.get(code) ?? code)
      .join(', ');
  }

  protected statusLabel(): string {
    return this.i18n.t(`associationInbox.status.${this.referral().status}`);
  }

  protected outcomeLabel(outcome: ReferralOutcome): string {
    return this.i18n.t(`associationInbox.outcome.${outcome}`);
  }

  protected dateTime(value: string): string {
    return `${formatDanishDate(value)} ${formatDanishTime(value)}`;
  }

  protected danishDate(value: string | null): string {
    return isoDateToDanish(value);
  }

  protected formatDate(value: string): string {
    return formatDanishDate(value);
  }

  protected ask(pending: Pending): void {
    this.pending.set(pending);
    this.reason.set('');
    this.dialogProblems.clear();
    setTimeout(() => this.dialog()?.nativeElement.showModal());
  }

  protected cancel(): void {
    this.dialog()?.nativeElement.close();
  }

  protected dialogClosed(): void {
    const pending = this.pending();
    this.pending.set(null);
    // Back to the control that opened the dialog, if it is still there.
    if (pending) {
      const opener =
        pending.kind === 'outcome' ? `outcome-${this.id()}-submit` : `referral-${this.id()}-${pending.kind}`;
      setTimeout(() => document.getElementById(opener)?.focus());
    }
  }

  protected confirmSession(event: Event): void {
    event.preventDefault();
    const text = this.sessionValue().trim();
    const iso = parseDanishDate(text);
    if (!this.sessionProblems.check([['date', !iso, 'associationInbox.problem.date']]) || !iso) return;
    void this.sessionProblems
      .send(
        () => firstValueFrom(this.confirmGql.mutate({ variables: { id: this.id(), date: iso } })),
        ['date'],
        toApiError,
      )
      .then((ok) => {
        if (!ok) {
          // The API names the field; say it in the user's language.
          if (this.sessionProblems.of('date')) {
            this.sessionProblems.show({ field: 'date', key: 'associationInbox.problem.sessionDate' });
          }
          return;
        }
        this.sessionDate.set(null);
        this.done.emit(this.i18n.t('associationInbox.done.session', { name: this.name(), date: text }));
      });
  }

  protected askOutcome(event: Event): void {
    event.preventDefault();
    const outcome = this.chosenOutcome();
    if (!this.outcomeProblems.check([['outcome', !outcome, 'associationInbox.problem.outcome']]) || !outcome) return;
    this.ask({ kind: 'outcome', outcome });
  }

  protected async confirm(): Promise<void> {
    const pending = this.pending();
    if (!pending || this.busy()) return;
    const reason = this.reason().trim();
    if (
      pending.kind === 'decline' &&
      !this.dialogProblems.check([['reason', reason.length > REASON_MAX, 'associationInbox.problem.reason']])
    ) {
      return;
    }
    this.busy.set(true);
    try {
      const id = this.id();
      let message: string;
      if (pending.kind === 'outcome') {
        await firstValueFrom(this.reportGql.mutate({ variables: { id, outcome: pending.outcome } }));
        message = this.i18n.t('associationInbox.done.outcome', {
          name: this.name(),
          outcome: this.outcomeLabel(pending.outcome),
        });
      } else {
        const accept = pending.kind === 'accept';
        await firstValueFrom(
          this.respondGql.mutate({ variables: { id, accept, reason: accept ? null : reason || null } }),
        );
        message = this.i18n.t(accept ? 'associationInbox.done.accepted' : 'associationInbox.done.declined', {
          name: this.name(),
        });
      }
      this.pending.set(null);
      this.dialog()?.nativeElement.close();
      this.done.emit(message);
    } catch (error) {
      this.dialogProblems.show(problemFromApi(toApiError(error), []));
    } finally {
      this.busy.set(false);
    }
  }
}
