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
import { RouterLink } from '@angular/router';
import { SessionStore } from '@brobygger/web/accounts/data-access';
import {
  AssociationReferralsGQL,
  MyAssociationsGQL,
  PartnerAssociationsGQL,
  OfferFormOptionsGQL,
  type ReferralStage,
} from '@brobygger/web/associations/data-access';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';
import { map, of } from 'rxjs';
import { ReferralCardComponent } from '../referral-card.component';

export const REFERRALS_PER_PAGE = 10;

/**
 * /forening/henvisninger — the association's referral inbox: open referrals (to answer, to confirm
 * the first session of, to report on) and closed ones, a page at a time. `?forening=` picks the
 * association, `?vis=afsluttede` the closed ones and `?side=` the page.
 */
@Component({
  selector: 'bb-referrals-page',
  imports: [RouterLink, TranslatePipe, ReferralCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './referrals.page.html',
  styleUrl: '../referrals.scss',
})
export class ReferralsPage {
  readonly forening = input<string>();
  readonly vis = input<string>();
  readonly side = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  private readonly myAssociationsGql = inject(MyAssociationsGQL);
  private readonly partnerAssociationsGql = inject(PartnerAssociationsGQL);
  private readonly referralsGql = inject(AssociationReferralsGQL);
  private readonly optionsGql = inject(OfferFormOptionsGQL);
  private readonly messageBox = viewChild<ElementRef<HTMLElement>>('message');

  protected readonly message = signal<string | null>(null);
  protected readonly stage = computed<ReferralStage>(() => (this.vis() === 'afsluttede' ? 'CLOSED' : 'OPEN'));
  protected readonly page = computed(() => Math.max(1, Math.floor(Number(this.side() ?? 1)) || 1));

  /** A representative's own associations; a coordinator (who may view any) chooses among all of them. */
  protected readonly associations = rxResource({
    stream: () =>
      this.session.hasAnyRole('ASSOCIATION_REPRESENTATIVE')
        ? this.myAssociationsGql
            .fetch({ fetchPolicy: 'network-only' })
            .pipe(map((r) => (r.data?.myAssociations ?? []).map(({ id, name }) => ({ id, name }))))
        : this.partnerAssociationsGql
            .fetch({ fetchPolicy: 'network-only' })
            .pipe(map((r) => (r.data?.partnerAssociations ?? []).map(({ id, name }) => ({ id, name })))),
  });
  protected readonly association = computed(() => {
    const all = this.associations.value() ?? [];
    return all.find((a) => a.id === this.forening()) ?? all[0] ?? null;
  });
  private readonly options = rxResource({ stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)) });
  protected readonly languageNames = computed<ReadonlyMap<string, string>>(() => {
    const language = this.i18n.language();
    return new Map(
      (this.options.value()?.languages ?? []).map((l) => [
        l.code,
        language === 'da' ? l.nameDa : language === 'en' ? l.nameEn : l.nativeName,
      ]),
    );
  });

  protected readonly referrals = rxResource({
    params: () => {
      const association = this.association();
      return association ? { associationId: association.id, stage: this.stage(), page: this.page() } : undefined;
    },
    stream: ({ params }) =>
      params
        ? this.referralsGql
            .fetch({
              variables: {
                associationId: params.associationId,
                stage: params.stage,
                offset: (params.page - 1) * REFERRALS_PER_PAGE,
                limit: REFERRALS_PER_PAGE,
              },
              fetchPolicy: 'network-only',
            })
            .pipe(map((r) => r.data?.associationReferrals ?? null))
        : of(null),
  });

  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.referrals.value()?.total ?? 0) / REFERRALS_PER_PAGE)),
  );
  protected readonly range = computed(() => {
    const result = this.referrals.value();
    if (!result || result.total === 0) return null;
    return { from: result.offset + 1, to: result.offset + result.items.length, total: result.total };
  });

  /** Query parameters for a link to another view or page of the inbox. */
  protected link(stage: ReferralStage, page = 1): Record<string, string | null> {
    return {
      forening: this.forening() ?? null,
      vis: stage === 'CLOSED' ? 'afsluttede' : null,
      side: page > 1 ? String(page) : null,
    };
  }

  protected changed(message: string): void {
    this.message.set(message);
    this.referrals.reload();
    setTimeout(() => this.messageBox()?.nativeElement.focus());
  }
}
