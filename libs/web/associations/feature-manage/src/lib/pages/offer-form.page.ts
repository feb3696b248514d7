import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, FormProblems, listValue } from '@brobygger/web/shared/util-forms';
import { OFFER_AGE, OFFER_CAPACITY, TRIAL_WEEKS } from '@brobygger/shared/rules';
import {
  AssociationOffersGQL,
  CreateOfferGQL,
  EVENT_KINDS,
  type EventKind,
  FRITIDSPAS_MAX_AGE,
  type ManagedOfferFragment,
  MyAssociationsGQL,
  OFFER_KINDS,
  OfferFormOptionsGQL,
  type OfferInput,
  type OfferKind,
  UpdateOfferGQL,
} from '@brobygger/web/associations/data-access';
import {
  I18nService,
  type TranslationKey,
  TranslatePipe,
  formatDanishDate,
  formatDanishTime,
  oreToKronerText,
  parseDanishDate,
  parseDanishTime,
  parseKroner,
} from '@brobygger/web/shared/i18n';
import { combineLatest, firstValueFrom, map, of, switchMap } from 'rxjs';

const FIELDS = [
  'kind',
  'title',
  'description',
  'activityKey',
  'localityId',
  'place',
  'schedule',
  'capacity',
  'ageMin',
  'ageMax',
  'languageCodes',
  'trialWeeks',
  'seasonFeeOre',
  'equipmentCostOre',
  'targetGroup',
  'eventKind',
  'startsAt',
  'registrationDeadline',
] as const;

/** A whole number typed in a text field, or null when empty; NaN when it is not one. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A date and a time typed the Danish way, in the browser's (Danish) time, as an ISO instant. */
function dateTime(date: string, time: string): Date | null {
  const iso = parseDanishDate(date);
  const clock = parseDanishTime(time);
  if (!iso || !clock) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day, clock[0], clock[1]);
}

/**
 * /forening/tilbud/nyt and /forening/tilbud/:id — an offer's form. The fields follow the kind:
 * trial weeks for a trial membership, fee and equipment in kroner for fritidspas, the target
 * group for a peer group, the event kind and times for an event.
 */
@Component({
  selector: 'bb-offer-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './offer-form.page.html',
  styleUrl: './manage-page.scss',
})
export class OfferFormPage {
  /** The offer's id (edit), from the path. */
  readonly id = input<string>();
  /** The association a new offer belongs to, from `?forening=`. */
  readonly forening = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly myAssociationsGql = inject(MyAssociationsGQL);
  private readonly offersGql = inject(AssociationOffersGQL);
  private readonly createGql = inject(CreateOfferGQL);
  private readonly updateGql = inject(UpdateOfferGQL);

  protected readonly offerKinds = OFFER_KINDS;
  protected readonly eventKinds = EVENT_KINDS;
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly options = toSignal(
    inject(OfferFormOptionsGQL)
      .fetch()
      .pipe(map((r) => r.data)),
  );

  /** The associations managed, and (editing) the offer, found among their offers. */
  protected readonly context = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) =>
      this.myAssociationsGql.fetch({ fetchPolicy: 'network-only' }).pipe(
        map((r) => r.data?.myAssociations ?? []),
        switchMap((associations) => {
          if (!params.id || associations.length === 0) return of({ associations, offer: null });
          return combineLatest(
            associations.map((a) =>
              this.offersGql
                .fetch({ variables: { associationId: a.id }, fetchPolicy: 'network-only' })
                .pipe(map((r) => r.data?.associationOffers ?? [])),
            ),
          ).pipe(map((lists) => ({ associations, offer: lists.flat().find((o) => o.id === params.id) ?? null })));
        }),
      ),
  });
  protected readonly editing = computed(() => !!this.id());
  protected readonly offer = computed(() => this.context.value()?.offer ?? null);
  protected readonly associationId = computed(() => {
    const offer = this.offer();
    if (offer) return offer.association.id;
    const associations = this.context.value()?.associations ?? [];
    return (associations.find((a) => a.id === this.forening()) ?? associations[0])?.id ?? null;
  });
  protected readonly closed = computed(() => this.offer()?.status === 'CLOSED');

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['TRIAL_MEMBERSHIP' as OfferKind],
    title: [''],
    description: [''],
    activityKey: [''],
    localityId: [''],
    place: [''],
    schedule: [''],
    capacity: ['10'],
    ageMin: [''],
    ageMax: [''],
    womenOnly: [false],
    languageCodes: [[] as string[]],
    trialWeeks: ['4'],
    seasonFee: [''],
    equipmentCost: [''],
    targetGroup: [''],
    eventKind: ['' as EventKind | ''],
    startsDate: [''],
    startsTime: [''],
    deadlineDate: [''],
    deadlineTime: [''],
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly chosenLanguages = signal<readonly string[]>([]);

  constructor() {
    effect(() => {
      const offer = this.offer();
      if (offer) untracked(() => this.fill(offer));
    });
  }

  private fill(offer: ManagedOfferFragment): void {
    const starts = offer.startsAt ? new Date(offer.startsAt) : null;
    const deadline = offer.registrationDeadline ? new Date(offer.registrationDeadline) : null;
    this.form.patchValue({
      kind: offer.kind,
      title: offer.title,
      description: offer.description,
      activityKey: offer.activity?.key ?? '',
      localityId: offer.locality.id,
      place: offer.place,
      schedule: offer.schedule,
      capacity: String(offer.capacity),
      ageMin: offer.ageMin?.toString() ?? '',
      ageMax: offer.ageMax?.toString() ?? '',
      womenOnly: offer.womenOnly,
      languageCodes: [...offer.languageCodes],
      trialWeeks: offer.trialWeeks?.toString() ?? '',
      seasonFee: oreToKronerText(offer.seasonFeeOre),
      equipmentCost: oreToKronerText(offer.equipmentCostOre),
      targetGroup: offer.targetGroup ?? '',
      eventKind: offer.eventKind ?? '',
      startsDate: starts ? formatDanishDate(starts) : '',
      startsTime: starts ? formatDanishTime(starts) : '',
      deadlineDate: deadline ? formatDanishDate(deadline) : '',
      deadlineTime: deadline ? formatDanishTime(deadline) : '',
    });
    this.chosenLanguages.set([...offer.languageCodes]);
  }

  protected offerKindLabel(kind: OfferKind): string {
    return this.i18n.t(`offer.kind.${kind}`);
  }

  protected eventKindLabel(kind: EventKind): string {
    return this.i18n.t(`offerForm.eventKind.${listValue(kind)}`);
  }

  protected activityLabel(activity: { nameDa: string; nameEn: string }): string {
    return this.i18n.language() === 'da' ? activity.nameDa : activity.nameEn;
  }

  protected languageLabel(language: { nameDa: string; nameEn: string; nativeName: string }): string {
    const current = this.i18n.language();
    return current === 'da' ? language.nameDa : current === 'en' ? language.nameEn : language.nativeName;
  }

  protected toggleLanguage(code: string, checked: boolean): void {
    const next = checked
      ? [...new Set([...this.chosenLanguages(), code])]
      : this.chosenLanguages().filter((c) => c !== code);
    this.chosenLanguages.set(next);
    this.form.controls.languageCodes.setValue(next);
  }

  protected error(field: string): string | null {
    return this.problems.of(field);
  }

  protected describedBy(field: string, hint = false): string | null {
    const ids = [hint ? `offer-${field}-hint` : null, this.problems.of(field) ? `offer-${field}-error` : null];
    return ids.filter(Boolean).join(' ') || null;
  }

  protected async save(): Promise<void> {
    const associationId = this.associationId();
    if (!associationId || this.problems.sending() || this.closed()) return;
    const v = this.form.getRawValue();
    const kind = v.kind;
    const capacity = wholeNumber(v.capacity);
    const ageMin = wholeNumber(v.ageMin);
    const ageMax = wholeNumber(v.ageMax);
    const trialWeeks = wholeNumber(v.trialWeeks);
    const seasonFeeOre = v.seasonFee.trim() ? parseKroner(v.seasonFee) : null;
    const equipmentCostOre = v.equipmentCost.trim() ? parseKroner(v.equipmentCost) : null;
    const startsAt = dateTime(v.startsDate, v.startsTime);
    const deadline = v.deadlineDate.trim() || v.deadlineTime.trim() ? dateTime(v.deadlineDate, v.deadlineTime) : null;
    const badAge = (age: number | null) =>
      age !== null && (Number.isNaN(age) || age < OFFER_AGE.min || age > OFFER_AGE.max);
    const checks: [string, boolean, TranslationKey][] = [
      ['title', !v.title.trim(), 'offerForm.problem.title'],
      ['localityId', !v.localityId, 'manage.problem.locality'],
      [
        'capacity',
        capacity === null || Number.isNaN(capacity) || capacity < OFFER_CAPACITY.min || capacity > OFFER_CAPACITY.max,
        'offerForm.problem.capacity',
      ],
      ['ageMin', badAge(ageMin), 'offerForm.problem.age'],
      ['ageMax', badAge(ageMax), 'offerForm.problem.age'],
      ['ageMax', ageMin !== null && ageMax !== null && ageMin > ageMax, 'offerForm.problem.ageOrder'],
    ];
    if (kind === 'TRIAL_MEMBERSHIP') {
      checks.push([
        'trialWeeks',
        trialWeeks === null || Number.isNaN(trialWeeks) || trialWeeks < TRIAL_WEEKS.min || trialWeeks > TRIAL_WEEKS.max,
        'offerForm.problem.trialWeeks',
      ]);
    }
    if (kind === 'FRITIDSPAS') {
      checks.push(['ageMax', ageMax === null || ageMax > FRITIDSPAS_MAX_AGE, 'offerForm.problem.fritidspasAge']);
      checks.push(['seasonFeeOre', seasonFeeOre === null, 'offerForm.problem.amount']);
      checks.push([
        'equipmentCostOre',
        v.equipmentCost.trim() !== '' && equipmentCostOre === null,
        'offerForm.problem.amount',
      ]);
    }
    if (kind === 'PEER_GROUP') checks.push(['targetGroup', !v.targetGroup.trim(), 'offerForm.problem.targetGroup']);
    if (kind === 'EVENT') {
      checks.push(['eventKind', !v.eventKind, 'offerForm.problem.eventKind']);
      checks.push(['startsAt', !startsAt, 'offerForm.problem.startsAt']);
      checks.push(['startsAt', !!startsAt && startsAt.getTime() <= Date.now(), 'offerForm.problem.startsAtPast']);
      checks.push([
        'registrationDeadline',
        (v.deadlineDate.trim() !== '' || v.deadlineTime.trim() !== '') && !deadline,
        'offerForm.problem.deadline',
      ]);
      checks.push([
        'registrationDeadline',
        !!deadline && !!startsAt && deadline > startsAt,
        'offerForm.problem.deadlineOrder',
      ]);
    }
    if (!this.problems.check(checks)) return;
    const input: OfferInput = {
      title: v.title.trim(),
      description: v.description.trim(),
      activityKey: v.activityKey || null,
      localityId: v.localityId,
      place: v.place.trim(),
      schedule: v.schedule.trim(),
      capacity: capacity as number,
      ageMin,
      ageMax,
      womenOnly: v.womenOnly,
      languageCodes: v.languageCodes,
      trialWeeks: kind === 'TRIAL_MEMBERSHIP' ? trialWeeks : null,
      seasonFeeOre: kind === 'FRITIDSPAS' ? seasonFeeOre : null,
      equipmentCostOre: kind === 'FRITIDSPAS' ? equipmentCostOre : null,
      targetGroup: kind === 'PEER_GROUP' ? v.targetGroup.trim() : null,
      eventKind: kind === 'EVENT' ? v.eventKind || null : null,
      startsAt: kind === 'EVENT' && startsAt ? startsAt.toISOString() : null,
      registrationDeadline: kind === 'EVENT' && deadline ? deadline.toISOString() : null,
    };
    const id = this.id();
    const ok = await this.problems.send(
      () =>
        id
          ? firstValueFrom(this.updateGql.mutate({ variables: { id, input } }))
          : firstValueFrom(this.createGql.mutate({ variables: { input: { ...input, kind, associationId } } })),
      FIELDS,
      toApiError,
    );
    if (ok) {
      await this.router.navigate(['/forening'], {
        queryParams: { forening: associationId },
        state: { savedOffer: this.i18n.t('offerForm.saved', { title: input.title }) },
      });
    }
  }
}
