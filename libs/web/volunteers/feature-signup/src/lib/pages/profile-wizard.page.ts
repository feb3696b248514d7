import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
  type WritableSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, FormProblems, listValue } from '@brobygger/web/shared/util-forms';
import {
  type AvailabilitySlot,
  DAY_PARTS,
  type DayPart,
  GENDERS,
  type Gender,
  LANGUAGE_LEVELS,
  type LanguageLevel,
  MyVolunteerProfileGQL,
  type OwnVolunteerProfileFragment,
  SaveMyVolunteerProfileGQL,
  VOLUNTEER_ROLES,
  VolunteerFormOptionsGQL,
  type VolunteerProfileInput,
  type VolunteerRole,
  WEEKDAYS,
  type Weekday,
  availabilitySlot,
} from '@brobygger/web/volunteers/data-access';
import { TRAVEL_DISTANCE_KM, VOLUNTEER_CAPACITY, VOLUNTEER_MIN_AGE } from '@brobygger/shared/rules';
import { I18nService, type TranslationKey, TranslatePipe } from '@brobygger/web/shared/i18n';
import { firstValueFrom, map } from 'rxjs';

const STEPS = ['about', 'rolesLanguages', 'area', 'time', 'introduction'] as const;
type Step = (typeof STEPS)[number];

/** Which step holds each field the API may name, so a refusal opens the step to fix it. */
const STEP_OF: Record<string, Step> = {
  firstName: 'about',
  lastName: 'about',
  gender: 'about',
  birthYear: 'about',
  roles: 'rolesLanguages',
  languages: 'rolesLanguages',
  interests: 'area',
  localityId: 'area',
  maxDistanceKm: 'area',
  availability: 'time',
  capacity: 'time',
  introduction: 'introduction',
};

/**
 * /frivillig/profil — the volunteer's application as a step-by-step wizard. Every step saves a
 * draft ("Gem og fortsæt senere"), a later visit resumes at the first unfinished step, and the
 * last step applies ("Send ansøgning"), when the API checks every required field.
 */
@Component({
  selector: 'bb-profile-wizard-page',
  imports: [RouterLink, TranslatePipe, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-wizard.page.html',
  styleUrl: './profile-wizard.page.scss',
})
export class ProfileWizardPage {
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly saveGql = inject(SaveMyVolunteerProfileGQL);
  private readonly myProfileGql = inject(MyVolunteerProfileGQL);
  private readonly optionsGql = inject(VolunteerFormOptionsGQL);
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  protected readonly steps = STEPS;
  protected readonly roles = VOLUNTEER_ROLES;
  protected readonly levels = LANGUAGE_LEVELS;
  protected readonly weekdays = WEEKDAYS;
  protected readonly dayParts = DAY_PARTS;
  protected readonly genders = GENDERS;
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly savedNote = signal(false);

  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });
  protected readonly loaded = rxResource({
    stream: () =>
      this.myProfileGql.fetch({ fetchPolicy: 'network-only' }).pipe(
        map((r) => {
          const profile = r.data?.myVolunteerProfile ?? null;
          if (profile) this.fill(profile);
          return profile ?? { status: 'none' };
        }),
      ),
  });
  protected readonly readOnly = computed(() => {
    const status = this.loaded.value()?.status;
    return !!status && status !== 'none' && status !== 'DRAFT';
  });

  protected readonly step = signal<Step>('about');
  protected readonly stepNumber = computed(() => STEPS.indexOf(this.step()) + 1);

  protected readonly firstName = signal('');
  protected readonly lastName = signal('');
  protected readonly gender = signal<Gender | ''>('');
  protected readonly birthYear = signal('');
  protected readonly chosenRoles = signal<readonly VolunteerRole[]>([]);
  protected readonly languageLevels = signal<Readonly<Record<string, LanguageLevel>>>({});
  protected readonly interests = signal<readonly string[]>([]);
  protected readonly localityId = signal('');
  protected readonly maxDistanceKm = signal('10');
  protected readonly availability = signal<readonly AvailabilitySlot[]>([]);
  protected readonly capacity = signal('1');
  protected readonly worksWithChildren = signal(false);
  protected readonly introduction = signal('');

  private fill(profile: OwnVolunteerProfileFragment): void {
    this.firstName.set(profile.firstName);
    this.lastName.set(profile.lastName);
    this.gender.set(profile.gender ?? '');
    this.birthYear.set(profile.birthYear?.toString() ?? '');
    this.chosenRoles.set([...profile.roles]);
    this.languageLevels.set(Object.fromEntries(profile.languages.map((l) => [l.code, l.level])));
    this.interests.set([...profile.interests]);
    this.localityId.set(profile.localityId ?? '');
    this.maxDistanceKm.set(String(profile.maxDistanceKm));
    this.availability.set([...profile.availability]);
    this.capacity.set(String(profile.capacity));
    this.worksWithChildren.set(profile.worksWithChildren);
    this.introduction.set(profile.introduction);
    // Resume where the application is unfinished.
    const firstOpen: Step =
      !profile.firstName.trim() || !profile.lastName.trim()
        ? 'about'
        : profile.roles.length === 0 || profile.languages.length === 0
          ? 'rolesLanguages'
          : !profile.localityId
            ? 'area'
            : profile.availability.length === 0
              ? 'time'
              : 'introduction';
    this.step.set(firstOpen);
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

  protected toggle<T extends string>(list: WritableSignal<readonly T[]>, item: T, on: boolean): void {
    list.update((items) => (on ? [...new Set([...items, item])] : items.filter((i) => i !== item)));
  }

  protected slot(day: Weekday, part: DayPart): AvailabilitySlot {
    return availabilitySlot(day, part);
  }

  protected setLevel(code: string, level: LanguageLevel | ''): void {
    this.languageLevels.update((levels) => {
      const next = { ...levels };
      if (level) next[code] = level;
      else delete next[code];
      return next;
    });
  }

  protected stepLabel(step: Step): string {
    return this.i18n.t(`wizard.step.${step}`);
  }

  protected roleLabel(role: VolunteerRole): string {
    return this.i18n.t(`wizard.role.${listValue(role)}`);
  }

  protected roleHint(role: VolunteerRole): string {
    return this.i18n.t(`wizard.roleHint.${listValue(role)}`);
  }

  protected levelLabel(level: LanguageLevel): string {
    return this.i18n.t(`wizard.level.${listValue(level)}`);
  }

  protected genderLabel(gender: Gender): string {
    return this.i18n.t(`wizard.gender.${listValue(gender)}`);
  }

  protected dayLabel(day: Weekday): string {
    return this.i18n.t(`wizard.day.${day}`);
  }

  protected partLabel(part: DayPart): string {
    return this.i18n.t(`wizard.part.${part}`);
  }

  protected activityLabel(activity: { nameDa: string; nameEn: string }): string {
    return this.i18n.language() === 'da' ? activity.nameDa : activity.nameEn;
  }

  protected languageLabel(language: { nameDa: string; nameEn: string; nativeName: string }): string {
    const current = this.i18n.language();
    return current === 'da' ? language.nameDa : current === 'en' ? language.nameEn : language.nativeName;
  }

  /** Format checks that hold for a draft too; the required fields are checked on submit. */
  private formatChecks(): [string, boolean, TranslationKey][] {
    const year = this.birthYear().trim();
    const distance = this.maxDistanceKm().trim();
    const capacity = this.capacity().trim();
    const thisYear = new Date().getFullYear();
    return [
      [
        'birthYear',
        year !== '' && (!/^\d{4}$/.test(year) || Number(year) > thisYear - VOLUNTEER_MIN_AGE || Number(year) < 1900),
        'wizard.problem.birthYear',
      ],
      [
        'maxDistanceKm',
        !/^\d{1,3}$/.test(distance) ||
          Number(distance) < TRAVEL_DISTANCE_KM.min ||
          Number(distance) > TRAVEL_DISTANCE_KM.max,
        'wizard.problem.distance',
      ],
      [
        'capacity',
        !/^\d{1,2}$/.test(capacity) ||
          Number(capacity) < VOLUNTEER_CAPACITY.min ||
          Number(capacity) > VOLUNTEER_CAPACITY.max,
        'wizard.problem.capacity',
      ],
    ];
  }

  private requiredChecks(): [string, boolean, TranslationKey][] {
    return [
      ['firstName', !this.firstName().trim(), 'wizard.problem.firstName'],
      ['lastName', !this.lastName().trim(), 'wizard.problem.lastName'],
      ['roles', this.chosenRoles().length === 0, 'wizard.problem.roles'],
      ['languages', Object.keys(this.languageLevels()).length === 0, 'wizard.problem.languages'],
      ['localityId', !this.localityId(), 'wizard.problem.locality'],
      ['availability', this.availability().length === 0, 'wizard.problem.availability'],
    ];
  }

  private input(): VolunteerProfileInput {
    const year = this.birthYear().trim();
    return {
      firstName: this.firstName().trim(),
      lastName: this.lastName().trim(),
      gender: this.gender() || null,
      birthYear: year ? Number(year) : null,
      roles: [...this.chosenRoles()],
      languages: Object.entries(this.languageLevels()).map(([code, level]) => ({ code, level })),
      interests: [...this.interests()],
      localityId: this.localityId() || null,
      maxDistanceKm: Number(this.maxDistanceKm()),
      availability: [...this.availability()],
      capacity: Number(this.capacity()),
      worksWithChildren: this.worksWithChildren(),
      introduction: this.introduction().trim(),
    };
  }

  /** Shows only the problems of the step they belong to, opening the first such step. */
  private checkAndOpen(checks: [string, boolean, TranslationKey][]): boolean {
    const failing = checks.find(([, failed]) => failed);
    if (!failing) return true;
    const step = STEP_OF[failing[0]] ?? this.step();
    this.step.set(step);
    this.problems.check(checks.filter(([field]) => STEP_OF[field] === step));
    return false;
  }

  private async save(submit: boolean): Promise<boolean> {
    this.savedNote.set(false);
    const checks = submit ? [...this.requiredChecks(), ...this.formatChecks()] : this.formatChecks();
    if (!this.checkAndOpen(checks)) return false;
    const input = this.input();
    let failedField: string | null = null;
    const ok = await this.problems.send(
      () => firstValueFrom(this.saveGql.mutate({ variables: { input, submit } })),
      Object.keys(STEP_OF),
      (error) => {
        const apiError = toApiError(error);
        failedField = apiError.field;
        return apiError;
      },
    );
    if (!ok && failedField && STEP_OF[failedField]) this.step.set(STEP_OF[failedField]);
    return ok;
  }

  protected async next(): Promise<void> {
    if (!(await this.save(false))) return;
    this.go(STEPS[Math.min(STEPS.indexOf(this.step()) + 1, STEPS.length - 1)]);
  }

  protected back(): void {
    this.problems.clear();
    this.go(STEPS[Math.max(STEPS.indexOf(this.step()) - 1, 0)]);
  }

  protected async saveForLater(): Promise<void> {
    if (await this.save(false)) this.savedNote.set(true);
  }

  protected async submit(): Promise<void> {
    if (await this.save(true)) await this.router.navigateByUrl('/frivillig');
  }

  private go(step: Step): void {
    this.step.set(step);
    afterNextRender(() => this.stepHeading()?.nativeElement.focus(), { injector: this.injector });
  }
}
