import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@brobygger/web/accounts/data-access';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { type ApiError, toApiError, FormProblems } from '@brobygger/web/shared/util-forms';
import {
  CONSENT_PURPOSES,
  DANISH_LEVELS,
  GENDERS,
  IntakeFormOptionsGQL,
  LANGUAGE_LEVELS,
  type LanguageLevel,
  NEEDS,
  ParticipantGQL,
  RegisterParticipantGQL,
  UpdateParticipantGQL,
} from '@brobygger/web/participants/data-access';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';
import { NOTES_MAX_LENGTH } from '@brobygger/shared/rules';
import { firstValueFrom, map, of } from 'rxjs';
import {
  type IntakeDraft,
  draftFromParticipant,
  emptyIntakeDraft,
  intakeChecks,
  intakeProblem,
  toParticipantInput,
} from '../intake-form';
import { ParticipantLabels } from '../participant-labels';

/** Controls the API may name that are not in the checks list (a household row adds its own). */
const FIXED_FIELDS = [
  'firstName',
  'lastName',
  'birthYear',
  'gender',
  'languages',
  'danishLevel',
  'localityId',
  'interests',
  'needs',
  'preferredVolunteerGender',
  'arrivalDate',
  'contactCoordinatorId',
  'consents',
  'notes',
];

/**
 * /koordinator/deltagere/ny and /koordinator/deltagere/:id/rediger — the intake form. The legal
 * basis is the municipality's public task; consents are only for optional extras. After saving the
 * coordinator lands on the participant's page.
 */
@Component({
  selector: 'bb-participant-form-page',
  imports: [RouterLink, TranslatePipe, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './participant-form.page.html',
  styleUrl: './coordination-page.scss',
})
export class ParticipantFormPage {
  /** The route's `:id` when editing. */
  readonly id = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly optionsGql = inject(IntakeFormOptionsGQL);
  private readonly participantGql = inject(ParticipantGQL);
  private readonly registerGql = inject(RegisterParticipantGQL);
  private readonly updateGql = inject(UpdateParticipantGQL);

  protected readonly labels = new ParticipantLabels(this.i18n);
  protected readonly genders = GENDERS;
  protected readonly levels = LANGUAGE_LEVELS;
  protected readonly danishLevels = DANISH_LEVELS;
  protected readonly needs = NEEDS;
  protected readonly consentPurposes = CONSENT_PURPOSES;
  protected readonly notesMax = NOTES_MAX_LENGTH;
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly editing = computed(() => !!this.id());

  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });
  protected readonly existing = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) =>
      id
        ? this.participantGql
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.participant ?? null))
        : of(null),
  });

  protected readonly draft = signal<IntakeDraft>(emptyIntakeDraft(this.session.account()?.id ?? ''));

  constructor() {
    effect(() => {
      const participant = this.existing.value();
      if (participant) untracked(() => this.draft.set(draftFromParticipant(participant)));
    });
  }

  protected patch(change: Partial<IntakeDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  /** The option chosen in a select of one of the API's closed lists; '' for none. */
  protected chosen<T extends string>(event: Event, options: readonly T[]): T | '' {
    const value = this.value(event);
    return options.find((option) => option === value) ?? '';
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected toggle(list: 'interests' | 'needs' | 'consents', item: string, on: boolean): void {
    this.draft.update((draft) => {
      const items = draft[list];
      return { ...draft, [list]: on ? [...new Set([...items, item])] : items.filter((i) => i !== item) };
    });
  }

  protected setLevel(code: string, level: LanguageLevel | ''): void {
    this.draft.update((draft) => {
      const languages = { ...draft.languages };
      if (level) languages[code] = level;
      else delete languages[code];
      return { ...draft, languages };
    });
  }

  protected addChild(): void {
    this.draft.update((draft) => ({ ...draft, household: [...draft.household, { firstName: '', birthYear: '' }] }));
    const index = this.draft().household.length - 1;
    setTimeout(() => document.getElementById(`intake-household[${index}].firstName`)?.focus());
  }

  protected removeChild(index: number): void {
    this.draft.update((draft) => ({ ...draft, household: draft.household.filter((_, i) => i !== index) }));
    setTimeout(() => document.getElementById('intake-add-child')?.focus());
  }

  protected setChild(index: number, change: Partial<{ firstName: string; birthYear: string }>): void {
    this.draft.update((draft) => ({
      ...draft,
      household: draft.household.map((child, i) => (i === index ? { ...child, ...change } : child)),
    }));
  }

  protected async save(): Promise<void> {
    if (this.problems.sending()) return;
    const draft = this.draft();
    const checks = intakeChecks(draft);
    if (!this.problems.check(checks)) return;
    const input = toParticipantInput(draft);
    const fields = [...FIXED_FIELDS, ...checks.map(([field]) => field)];
    const id = this.id();
    let savedId: string | null = null;
    let refusal: ApiError | null = null;
    const ok = await this.problems.send(
      async () => {
        if (id) {
          const result = await firstValueFrom(this.updateGql.mutate({ variables: { id, input } }));
          savedId = result.data?.updateParticipant.id ?? id;
        } else {
          const result = await firstValueFrom(this.registerGql.mutate({ variables: { input } }));
          savedId = result.data?.registerParticipant.id ?? null;
        }
      },
      fields,
      (error) => (refusal = toApiError(error)),
    );
    if (!ok) {
      // FormProblems shows the API's own words; our translated message on the control reads better.
      if (refusal) this.problems.show(intakeProblem(refusal, fields));
      return;
    }
    if (savedId) {
      await this.router.navigate(['/koordinator/deltagere', savedId], {
        state: { saved: id ? 'updated' : 'registered' },
      });
    }
  }
}
