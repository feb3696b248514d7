import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { toApiError } from '@brobygger/web/shared/util-forms';
import { EventRegistrationsGQL, OfferFormOptionsGQL } from '@brobygger/web/associations/data-access';
import { I18nService, TranslatePipe, formatDanishDate, formatDanishTime } from '@brobygger/web/shared/i18n';
import { catchError, map, of, throwError } from 'rxjs';

/** Enough for any of the demo's events; the API pages larger lists. */
const REGISTRATIONS_PER_PAGE = 50;

/**
 * /forening/tilbud/:id/tilmeldinger — who holds a seat at an event (first name, age, languages,
 * interpreter need), seats taken of the total, and the association's calendar feed to subscribe to.
 */
@Component({
  selector: 'bb-event-registrations-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-registrations.page.html',
  styleUrl: '../referrals.scss',
})
export class EventRegistrationsPage {
  readonly id = input.required<string>();
  readonly side = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly registrationsGql = inject(EventRegistrationsGQL);
  private readonly optionsGql = inject(OfferFormOptionsGQL);

  protected readonly page = computed(() => Math.max(1, Math.floor(Number(this.side() ?? 1)) || 1));
  /** null: not found or not an event (the API's answer), shown as such rather than as an error. */
  protected readonly list = rxResource({
    params: () => ({ offerId: this.id(), page: this.page() }),
    stream: ({ params }) =>
      this.registrationsGql
        .fetch({
          variables: {
            offerId: params.offerId,
            offset: (params.page - 1) * REGISTRATIONS_PER_PAGE,
            limit: REGISTRATIONS_PER_PAGE,
          },
          fetchPolicy: 'network-only',
        })
        .pipe(
          map((r) => ({ list: r.data?.eventRegistrations ?? null, problem: null })),
          catchError((error: unknown) => {
            const apiError = toApiError(error);
            if (apiError.code === 'BAD_USER_INPUT' && apiError.field === 'offerId') {
              return of({ list: null, problem: 'notEvent' as const });
            }
            if (['NOT_FOUND', 'FORBIDDEN'].includes(apiError.code))
              return of({ list: null, problem: 'notFound' as const });
            return throwError(() => error);
          }),
        ),
  });
  private readonly options = rxResource({ stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)) });
  private readonly languageNames = computed<ReadonlyMap<string, string>>(() => {
    const language = this.i18n.language();
    return new Map(
      (this.options.value()?.languages ?? []).map((l) => [
        l.code,
        language === 'da' ? l.nameDa : language === 'en' ? l.nameEn : l.nativeName,
      ]),
    );
  });
  protected readonly pages = computed(() => {
    const list = this.list.value()?.list;
    return list ? Math.max(1, Math.ceil(list.seatsTaken / REGISTRATIONS_PER_PAGE)) : 1;
  });

  protected calendarUrl(associationId: string): string {
    return `/ical/associations/${associationId}.ics`;
  }

  protected languages(codes: readonly string[]): string {
    const names = this.languageNames();
    return codes.map((code) => names.get(code) ?? code).join(', ');
  }

  protected when(value: string | null): string {
    return value ? this.i18n.t('offer.startsAt', { date: formatDanishDate(value), time: formatDanishTime(value) }) : '';
  }

  protected statusLabel(status: string): string {
    return this.i18n.t(`associationInbox.status.${status as 'APPROVED'}`);
  }
}
