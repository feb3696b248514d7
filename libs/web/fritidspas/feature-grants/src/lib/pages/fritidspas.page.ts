import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@brobygger/web/accounts/data-access';
import {
  PagerComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
} from '@brobygger/web/shared/ui';
import { type ApiError, toApiError, FormProblems } from '@brobygger/web/shared/util-forms';
import {
  FritidspasBudgetGQL,
  FritidspasGrantOptionsGQL,
  FritidspasGrantsGQL,
  FritidspasHouseholdsGQL,
  type GrantFieldsFragment,
  GrantFritidspasGQL,
  RecordFritidspasRetentionGQL,
  SetFritidspasBudgetGQL,
} from '@brobygger/web/fritidspas/data-access';
import {
  I18nService,
  TranslatePipe,
  formatKroner,
  isoDateToDanish,
  oreToKronerText,
  parseKroner,
} from '@brobygger/web/shared/i18n';
import { firstValueFrom, map, of } from 'rxjs';
import {
  type GrantDraft,
  budgetChecks,
  childValue,
  fritidspasProblem,
  grantChecks,
  seasonOf,
  toGrantInput,
} from '../grant-form';

const GRANT_FIELDS = ['child', 'offerId', 'feeOre', 'equipmentOre', 'periodStart', 'periodEnd'];
/** Families shown for one search; a longer name narrows it. */
const FAMILIES_SHOWN = 20;
/** Grants per page of the year's list. */
const GRANTS_PAGE = 25;

/**
 * /koordinator/fritidspas?aar=2026&deltager=<id> — the municipality pays a child's club fee and
 * equipment from the year's budget. The budget, what is granted and what remains are always in view;
 * administrators set the budget, coordinators grant and record the season-end retention check.
 */
@Component({
  selector: 'bb-fritidspas-page',
  imports: [
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    PagerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './fritidspas.page.html',
  styleUrl: './fritidspas.page.scss',
})
export class FritidspasPage {
  /** `?aar=` — the budget year shown. */
  readonly aar = input<string>();
  /** `?deltager=` — preselects that participant's first child in the grant form. */
  readonly deltager = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly budgetGql = inject(FritidspasBudgetGQL);
  private readonly grantsGql = inject(FritidspasGrantsGQL);
  private readonly optionsGql = inject(FritidspasGrantOptionsGQL);
  private readonly householdsGql = inject(FritidspasHouseholdsGQL);
  private readonly setBudgetGql = inject(SetFritidspasBudgetGQL);
  private readonly grantGql = inject(GrantFritidspasGQL);
  private readonly retentionGql = inject(RecordFritidspasRetentionGQL);

  protected readonly kroner = (ore: number): string => formatKroner(ore / 100);
  protected readonly danishDate = isoDateToDanish;
  protected readonly isCoordinator = computed(() => this.session.roles().includes('COORDINATOR'));
  protected readonly isAdministrator = computed(() => this.session.roles().includes('ADMINISTRATOR'));

  private readonly thisYear = new Date().getFullYear();
  protected readonly years = [this.thisYear - 1, this.thisYear, this.thisYear + 1];
  protected readonly year = computed(() => {
    const asked = Number(this.aar());
    return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : this.thisYear;
  });

  protected readonly budgetProblems = new FormProblems(this.i18n);
  protected readonly grantProblems = new FormProblems(this.i18n);
  protected readonly retentionProblems = new FormProblems(this.i18n);
  protected readonly budgetSaved = signal(false);
  protected readonly granted = signal<GrantFieldsFragment | null>(null);
  protected readonly budgetAmount = signal('');
  private readonly budgetTyped = signal(false);
  protected readonly draft = signal<GrantDraft>({
    child: '',
    offerId: '',
    fee: '',
    equipment: '',
    ...seasonOf(new Date().getFullYear()),
  });

  protected readonly budget = rxResource({
    params: () => this.year(),
    stream: ({ params: year }) =>
      this.budgetGql
        .fetch({ variables: { year }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.fritidspasBudget ?? null)),
  });
  /** Back to the first page of grants when another year is chosen. */
  protected readonly grantsOffset = linkedSignal({ source: this.year, computation: () => 0 });
  protected readonly grantsPage = rxResource({
    params: () => (this.isCoordinator() ? { year: this.year(), offset: this.grantsOffset() } : undefined),
    stream: ({ params: { year, offset } }) =>
      this.grantsGql
        .fetch({ variables: { year, offset, limit: GRANTS_PAGE }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.fritidspasGrants ?? { total: 0, offset, limit: GRANTS_PAGE, items: [] })),
  });
  protected readonly grants = computed(() => this.grantsPage.value()?.items ?? []);
  protected readonly options = rxResource({
    params: () => this.isCoordinator(),
    stream: ({ params: coordinator }) =>
      coordinator ? this.optionsGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data ?? null)) : of(null),
  });

  /** The family search as typed, and as sent (on "Search"). */
  protected readonly familyText = signal('');
  private readonly familySearch = signal<string | null>(null);
  protected readonly familyTooShort = signal(false);
  /**
   * The families the child select offers: those found by name, or the one `?deltager=` names. Never
   * the whole register (each read is logged): nothing is loaded until there is a name or an id.
   */
  protected readonly families = rxResource({
    params: () => {
      if (!this.isCoordinator()) return undefined;
      const search = this.familySearch();
      const participantId = this.deltager() || null;
      return search ? { search, participantId: null } : participantId ? { search: null, participantId } : undefined;
    },
    stream: ({ params }) =>
      this.householdsGql
        .fetch({ variables: { ...params, limit: FAMILIES_SHOWN }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.fritidspasHouseholds ?? { total: 0, items: [] })),
  });
  /** Households with children of fritidspas age, for the child select (grouped by parent). */
  protected readonly households = computed(() => this.families.value()?.items ?? []);
  protected readonly offers = computed(() => this.options.value()?.publishedOffers.items ?? []);

  constructor() {
    effect(() => {
      const year = this.year();
      untracked(() => this.patch(seasonOf(year)));
    });
    // Shows the current amount in the budget form, unless the administrator has started typing.
    effect(() => {
      const budget = this.budget.value();
      if (budget && !untracked(this.budgetTyped))
        untracked(() => this.budgetAmount.set(oreToKronerText(budget.amountOre)));
    });
    effect(() => {
      const wanted = this.deltager();
      const household = this.households().find((family) => family.participantId === wanted);
      const first = household?.children[0];
      if (household && first)
        untracked(() => this.patch({ child: childValue(household.participantId, first.firstName) }));
    });
  }

  protected childValue = childValue;

  protected patch(change: Partial<GrantDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected turnGrantsPage(offset: number): void {
    this.grantsOffset.set(offset);
    setTimeout(() => document.getElementById('grants-heading')?.focus());
  }

  protected findFamily(): void {
    const text = this.familyText().trim();
    this.familyTooShort.set(text.length < 2);
    if (text.length < 2) {
      setTimeout(() => document.getElementById('family-search')?.focus());
      return;
    }
    this.patch({ child: '' });
    this.familySearch.set(text);
  }

  protected typeBudget(text: string): void {
    this.budgetTyped.set(true);
    this.budgetAmount.set(text);
  }

  protected chooseYear(year: string): void {
    this.budgetTyped.set(false);
    void this.router.navigate([], { queryParams: { aar: year }, queryParamsHandling: 'merge' });
  }

  /** Choosing an activity fills in its usual fee and equipment cost when those are still empty. */
  protected chooseOffer(offerId: string): void {
    const offer = this.offers().find((o) => o.id === offerId);
    const draft = this.draft();
    this.patch({
      offerId,
      fee: draft.fee || (offer?.seasonFeeOre != null ? oreToKronerText(offer.seasonFeeOre) : ''),
      equipment: draft.equipment || (offer?.equipmentCostOre != null ? oreToKronerText(offer.equipmentCostOre) : ''),
    });
  }

  protected async saveBudget(): Promise<void> {
    if (this.budgetProblems.sending()) return;
    this.budgetSaved.set(false);
    if (!this.budgetProblems.check(budgetChecks(this.budgetAmount()))) return;
    const year = this.year();
    const amountOre = parseKroner(this.budgetAmount()) as number;
    let refusal: ApiError | null = null;
    const ok = await this.budgetProblems.send(
      async () => {
        const result = await firstValueFrom(this.setBudgetGql.mutate({ variables: { year, amountOre } }));
        const budget = result.data?.setFritidspasBudget;
        if (budget) this.budget.set(budget);
      },
      ['amountOre'],
      (error) => (refusal = toApiError(error)),
    );
    if (!ok && refusal) this.budgetProblems.show(fritidspasProblem(refusal, ['amountOre']));
    if (ok) this.budgetSaved.set(true);
  }

  protected async grant(): Promise<void> {
    if (this.grantProblems.sending()) return;
    this.granted.set(null);
    const draft = this.draft();
    if (!this.grantProblems.check(grantChecks(draft))) return;
    const input = toGrantInput(draft);
    let refusal: ApiError | null = null;
    let made: GrantFieldsFragment | null = null;
    const ok = await this.grantProblems.send(
      async () => {
        const result = await firstValueFrom(this.grantGql.mutate({ variables: { input } }));
        made = result.data?.grantFritidspas ?? null;
      },
      GRANT_FIELDS,
      (error) => (refusal = toApiError(error)),
    );
    if (!ok) {
      if (refusal) this.grantProblems.show(fritidspasProblem(refusal, GRANT_FIELDS));
      // The refusal says what is left: show the budget as it is now.
      this.budget.reload();
      return;
    }
    this.granted.set(made);
    this.patch({ child: '', offerId: '', fee: '', equipment: '' });
    this.budget.reload();
    this.grantsPage.reload();
  }

  protected async recordRetention(grant: GrantFieldsFragment, stillActive: boolean): Promise<void> {
    this.retentionProblems.clear();
    let refusal: ApiError | null = null;
    const ok = await this.retentionProblems.send(
      () => firstValueFrom(this.retentionGql.mutate({ variables: { id: grant.id, stillActive } })),
      [],
      (error) => (refusal = toApiError(error)),
    );
    if (!ok && refusal) this.retentionProblems.show(fritidspasProblem(refusal, []));
    if (ok) this.grantsPage.reload();
  }
}
