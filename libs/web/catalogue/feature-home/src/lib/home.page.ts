import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom, map } from 'rxjs';
import { FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import {
  type AssociationKind,
  type CatalogueAssociationFragment,
  HomeCatalogueGQL,
  MoreAssociationsGQL,
  type OfferFilterInput,
  type OfferKind,
  PublishedOffersGQL,
  type PublishedOffersQuery,
} from '@brobygger/web/catalogue/data-access';
import { I18nService, TranslatePipe, formatDanishDate, formatDanishTime } from '@brobygger/web/shared/i18n';

type Offer = PublishedOffersQuery['publishedOffers']['items'][number];

/** Offers per "show more" (the api gives at most 50 at a time). */
const PAGE_SIZE = 20;
/** Associations per "show more" (the api's maximum). */
const ASSOCIATIONS_PAGE = 50;

const OFFER_KINDS: readonly OfferKind[] = ['TRIAL_MEMBERSHIP', 'FRITIDSPAS', 'PEER_GROUP', 'EVENT'];

/**
 * The front page: open offers, narrowed by the visitor's filters (kind, activity, town, age,
 * language), and the associations behind them, from the public catalogue.
 */
@Component({
  selector: 'bb-home-page',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  private readonly homeCatalogue = inject(HomeCatalogueGQL);
  private readonly moreAssociationsGql = inject(MoreAssociationsGQL);
  private readonly i18n = inject(I18nService);

  private readonly publishedOffers = inject(PublishedOffersGQL);
  protected readonly offerKinds = OFFER_KINDS;

  protected readonly catalogue = rxResource({
    stream: () =>
      this.homeCatalogue
        .fetch({ variables: { associationsLimit: ASSOCIATIONS_PAGE }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data)),
  });
  private readonly moreAssociations = signal<readonly CatalogueAssociationFragment[]>([]);
  protected readonly associations = computed(() => [
    ...(this.catalogue.value()?.associations.items ?? []),
    ...this.moreAssociations(),
  ]);
  protected readonly associationsTotal = computed(() => this.catalogue.value()?.associations.total ?? 0);
  protected readonly loadingAssociations = signal(false);
  protected readonly associationsFailed = signal(false);

  /** Appends the next associations and moves focus to the first of them. */
  protected async showMoreAssociations(): Promise<void> {
    if (this.loadingAssociations()) return;
    this.loadingAssociations.set(true);
    this.associationsFailed.set(false);
    try {
      const result = await firstValueFrom(
        this.moreAssociationsGql.fetch({
          variables: { offset: this.associations().length, limit: ASSOCIATIONS_PAGE },
          fetchPolicy: 'network-only',
        }),
      );
      const next = result.data?.associations.items ?? [];
      this.moreAssociations.update((shown) => [...shown, ...next]);
      setTimeout(() => document.getElementById(`association-${next[0]?.id}`)?.focus());
    } catch {
      this.associationsFailed.set(true);
    } finally {
      this.loadingAssociations.set(false);
    }
  }

  /** The filters as last applied with the button; a change alone does not reload (no surprise on change). */
  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    kind: [''],
    activityKey: [''],
    localityId: [''],
    age: [''],
    languageCode: [''],
  });
  protected readonly filter = signal<OfferFilterInput>({});
  protected readonly ageInvalid = signal(false);

  /** The first page for the current filter; "show more" appends the next pages to `more`. */
  protected readonly offers = rxResource({
    params: () => this.filter(),
    stream: ({ params }) =>
      this.publishedOffers
        .fetch({ variables: { filter: params, offset: 0, limit: PAGE_SIZE }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.publishedOffers ?? { total: 0, offset: 0, limit: PAGE_SIZE, items: [] })),
  });
  private readonly more = linkedSignal<OfferFilterInput, readonly Offer[]>({
    source: this.filter,
    computation: () => [],
  });
  protected readonly shownOffers = computed(() => [...(this.offers.value()?.items ?? []), ...this.more()]);
  protected readonly total = computed(() => this.offers.value()?.total ?? 0);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailed = signal(false);

  /** Appends the next page and moves focus to its first offer, so keyboard users go on from there. */
  protected async showMore(): Promise<void> {
    if (this.loadingMore()) return;
    const filter = this.filter();
    const offset = this.shownOffers().length;
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    try {
      const result = await firstValueFrom(
        this.publishedOffers.fetch({ variables: { filter, offset, limit: PAGE_SIZE }, fetchPolicy: 'network-only' }),
      );
      if (filter !== this.filter()) return;
      const next = result.data?.publishedOffers.items ?? [];
      this.more.update((shown) => [...shown, ...next]);
      setTimeout(() => document.getElementById(`offer-${next[0]?.id}`)?.focus());
    } catch {
      this.moreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected readonly filtered = computed(() => Object.keys(this.filter()).length > 0);

  protected applyFilter(): void {
    const { kind, activityKey, localityId, age, languageCode } = this.filterForm.getRawValue();
    const ageText = age.trim();
    const ageValid = ageText === '' || (/^\d{1,3}$/.test(ageText) && Number(ageText) <= 120);
    this.ageInvalid.set(!ageValid);
    if (!ageValid) return;
    const filter: OfferFilterInput = {};
    if (kind) filter.kind = kind as OfferKind;
    if (activityKey) filter.activityKey = activityKey;
    if (localityId) filter.localityId = localityId;
    if (ageText) filter.age = Number(ageText);
    if (languageCode) filter.languageCode = languageCode;
    this.filter.set(filter);
  }

  protected resetFilter(): void {
    this.filterForm.reset();
    this.ageInvalid.set(false);
    this.filter.set({});
  }

  protected offerKindLabel(kind: OfferKind): string {
    return this.i18n.t(`offer.kind.${kind}`);
  }

  protected activityLabel(activity: { nameDa: string; nameEn: string }): string {
    return this.i18n.language() === 'da' ? activity.nameDa : activity.nameEn;
  }

  protected languageLabel(code: string): string {
    return this.languageNames().get(code) ?? code;
  }

  private readonly languageNames = computed(() => {
    const language = this.i18n.language();
    return new Map(
      (this.catalogue.value()?.languages ?? []).map((l) => [
        l.code,
        language === 'da' ? l.nameDa : language === 'en' ? l.nameEn : l.nativeName,
      ]),
    );
  });

  protected kindLabel(offer: Offer): string {
    return this.i18n.t(`offer.kind.${offer.kind}`);
  }

  protected associationKindLabel(kind: AssociationKind): string {
    return this.i18n.t(`association.kind.${kind}`);
  }

  protected activityName(offer: Offer): string | null {
    if (!offer.activity) return null;
    return this.i18n.language() === 'da' ? offer.activity.nameDa : offer.activity.nameEn;
  }

  protected ages(offer: Offer): string | null {
    const { ageMin: min, ageMax: max } = offer;
    if (min != null && max != null) return this.i18n.t('offer.ages', { min, max });
    if (min != null) return this.i18n.t('offer.agesFrom', { min });
    if (max != null) return this.i18n.t('offer.agesTo', { max });
    return null;
  }

  protected languages(offer: Offer): string {
    const names = this.languageNames();
    return this.i18n.t('offer.languages', {
      languages: offer.languageCodes.map((code) => names.get(code) ?? code).join(', '),
    });
  }

  protected startsAt(offer: Offer): string | null {
    if (!offer.startsAt) return null;
    return this.i18n.t('offer.startsAt', {
      date: formatDanishDate(offer.startsAt),
      time: formatDanishTime(offer.startsAt),
    });
  }
}
