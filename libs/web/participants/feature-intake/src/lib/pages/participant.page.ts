import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { toApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import {
  IntakeFormOptionsGQL,
  type ParticipantDetailsFragment,
  ParticipantGQL,
  ParticipantMatchesGQL,
  UpdateParticipantGQL,
} from '@brobygger/web/participants/data-access';
import { I18nService, TranslatePipe, formatDanishDate, isoDateToDanish } from '@brobygger/web/shared/i18n';
import { firstValueFrom, map } from 'rxjs';
import { draftFromParticipant, toParticipantInput } from '../intake-form';
import { ParticipantLabels } from '../participant-labels';

/** The newest matches of one person shown here; the matches list pages through all of them. */
const PARTICIPANT_MATCHES = 50;

/**
 * /koordinator/deltagere/:id — one participant: what was recorded, the legal basis, the consents
 * (each withdrawable, after a confirmation) and their matches.
 */
@Component({
  selector: 'bb-participant-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './participant.page.html',
  styleUrl: './coordination-page.scss',
})
export class ParticipantPage {
  readonly id = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly participantGql = inject(ParticipantGQL);
  private readonly optionsGql = inject(IntakeFormOptionsGQL);
  private readonly matchesGql = inject(ParticipantMatchesGQL);
  private readonly updateGql = inject(UpdateParticipantGQL);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  protected readonly labels = new ParticipantLabels(this.i18n);
  protected readonly danishDate = isoDateToDanish;
  protected readonly dateTime = formatDanishDate;
  /** Set by the intake form after saving: 'registered' or 'updated'. */
  protected readonly savedMessage = signal<string | null>(
    (this.router.currentNavigation()?.extras.state?.['saved'] as string | undefined) ?? null,
  );
  protected readonly withdrawn = signal<string | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly pendingConsent = signal<string | null>(null);
  protected readonly working = signal(false);

  protected readonly participant = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) =>
      this.participantGql
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.participant ?? null)),
  });
  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });
  protected readonly matches = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) =>
      this.matchesGql
        .fetch({ variables: { participantId: id, limit: PARTICIPANT_MATCHES }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.matches ?? { total: 0, items: [] })),
  });

  protected readonly contactName = computed(() => {
    const id = this.participant.value()?.contactCoordinatorId;
    return this.options.value()?.coordinators.find((c) => c.id === id)?.displayName ?? '';
  });

  protected readonly problemText = computed(() => {
    const problem = this.problem();
    if (!problem) return null;
    return problem.key ? this.i18n.t(problem.key, problem.params) : (problem.text ?? '');
  });

  protected languagesText(participant: ParticipantDetailsFragment): string {
    const languages = this.options.value()?.languages ?? [];
    return participant.languages
      .map((l) => `${this.labels.languageByCode(l.code, languages)} (${this.labels.level(l.level).toLowerCase()})`)
      .join(', ');
  }

  protected interestsText(participant: ParticipantDetailsFragment): string {
    const activities = this.options.value()?.activities ?? [];
    return participant.interests.map((key) => this.labels.activityByKey(key, activities)).join(', ');
  }

  protected needsText(participant: ParticipantDetailsFragment): string {
    return participant.needs.map((need) => this.labels.need(need)).join(', ');
  }

  protected askToWithdraw(purpose: string): void {
    this.pendingConsent.set(purpose);
    setTimeout(() => this.dialog()?.nativeElement.showModal());
  }

  protected cancelWithdraw(): void {
    this.dialog()?.nativeElement.close();
  }

  protected dialogClosed(): void {
    const purpose = this.pendingConsent();
    this.pendingConsent.set(null);
    // Back to where the coordinator was: the button, or the heading when the consent is gone.
    setTimeout(() =>
      (document.getElementById(`withdraw-${purpose}`) ?? document.getElementById('consents-heading'))?.focus(),
    );
  }

  /** Withdrawing is an update with the consent left out; the API keeps when it was withdrawn. */
  protected async confirmWithdraw(): Promise<void> {
    const purpose = this.pendingConsent();
    const participant = this.participant.value();
    if (!purpose || !participant || this.working()) return;
    this.working.set(true);
    this.problem.set(null);
    this.withdrawn.set(null);
    const draft = draftFromParticipant(participant);
    const input = toParticipantInput({ ...draft, consents: draft.consents.filter((c) => c !== purpose) });
    try {
      const result = await firstValueFrom(this.updateGql.mutate({ variables: { id: participant.id, input } }));
      const updated = result.data?.updateParticipant;
      if (updated) this.participant.set(updated);
      this.withdrawn.set(this.labels.consent(purpose));
    } catch (error) {
      this.problem.set(problemFromApi(toApiError(error), []));
    } finally {
      this.working.set(false);
      this.dialog()?.nativeElement.close();
    }
  }
}
