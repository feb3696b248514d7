import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { type AssociationKind, HomeCatalogueGQL, type HomeCatalogueQuery } from '@brobygger/web/catalogue/data-access';
import { I18nService, TranslatePipe, formatDanishDate, formatDanishTime } from '@brobygger/web/shared/i18n';

type Offer = HomeCatalogueQuery['publishedOffers'][number];

/** The front page: open offers and the associations behind them, from the public catalogue. */
@Component({
  selector: 'bb-home-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  private readonly homeCatalogue = inject(HomeCatalogueGQL);
  private readonly i18n = inject(I18nService);

  protected readonly catalogue = rxResource({
    stream: () => this.homeCatalogue.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data)),
  });

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
