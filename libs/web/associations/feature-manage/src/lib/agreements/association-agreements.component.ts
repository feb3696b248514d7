import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  MyAssociationAgreementsGQL,
  type PartnershipAgreementFieldsFragment,
} from '@brobygger/web/associations/data-access';
import { I18nService, TranslatePipe, isoDateToDanish } from '@brobygger/web/shared/i18n';
import { map } from 'rxjs';

/** The association's partnership agreements with the municipality, read-only (the municipality registers them). */
@Component({
  selector: 'bb-association-agreements',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="agreements-heading" data-testid="association-agreements">
      <h2 id="agreements-heading">{{ 'associationInbox.agreement.heading' | t }}</h2>
      @if (agreements.isLoading()) {
        <p role="status">{{ 'associationInbox.loading' | t }}</p>
      } @else if (agreements.error()) {
        <div class="alert alert-error" role="alert">
          <div class="alert-body">
            <p class="alert-text">{{ 'associationInbox.agreement.loadError' | t }}</p>
            <button type="button" class="button button-secondary" (click)="agreements.reload()">
              {{ 'associationInbox.retry' | t }}
            </button>
          </div>
        </div>
      } @else if (mine().length === 0) {
        <p>{{ 'associationInbox.agreement.none' | t }}</p>
      } @else {
        @for (agreement of mine(); track agreement.id) {
          <article class="agreement" [attr.aria-labelledby]="'agreement-' + agreement.id">
            <h3 class="h4" [id]="'agreement-' + agreement.id">
              {{ 'associationInbox.agreement.title' | t: { period: period(agreement) } }}
            </h3>
            <dl class="agreement-facts">
              <div>
                <dt>{{ 'associationInbox.agreement.status' | t }}</dt>
                <dd>{{ statusLabel(agreement) }}</dd>
              </div>
              <div>
                <dt>{{ 'associationInbox.agreement.scope' | t }}</dt>
                <dd class="agreement-text">{{ agreement.scope }}</dd>
              </div>
              <div>
                <dt>{{ 'associationInbox.agreement.commitments' | t }}</dt>
                <dd class="agreement-text">{{ agreement.commitments }}</dd>
              </div>
            </dl>
          </article>
        }
        <p class="form-hint">{{ 'associationInbox.agreement.readOnly' | t }}</p>
      }
    </section>
  `,
  styles: `
    .agreement {
      border-inline-start: 4px solid currentColor;
      padding-inline-start: 1.6rem;
      margin-block: 1.6rem;
      max-width: 64rem;
    }
    .agreement-facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.4rem 2.4rem;
    }
    .agreement-facts > div {
      display: contents;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .agreement-text {
      white-space: pre-line;
    }
  `,
})
export class AssociationAgreementsComponent {
  readonly associationId = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly agreementsGql = inject(MyAssociationAgreementsGQL);

  protected readonly agreements = rxResource({
    stream: () =>
      this.agreementsGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.myAssociations ?? [])),
  });
  protected readonly mine = computed(
    () => this.agreements.value()?.find((a) => a.id === this.associationId())?.partnershipAgreements ?? [],
  );

  protected period(agreement: PartnershipAgreementFieldsFragment): string {
    const start = isoDateToDanish(agreement.startsOn);
    return agreement.endsOn
      ? this.i18n.t('associationInbox.agreement.fromTo', { start, end: isoDateToDanish(agreement.endsOn) })
      : this.i18n.t('associationInbox.agreement.from', { start });
  }

  protected statusLabel(agreement: PartnershipAgreementFieldsFragment): string {
    return this.i18n.t(`associationInbox.agreement.status.${agreement.status}`);
  }
}
