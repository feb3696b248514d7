import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { VolunteerFormOptionsGQL, VolunteersGQL } from '@brobygger/web/volunteers/data-access';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';
import { PagerComponent } from '@brobygger/web/shared/ui';
import { enumName } from '@brobygger/web/shared/util-forms';
import { map } from 'rxjs';
import { VETTING_STATUSES, type VettingStatus, isVettingStatus } from '../vetting';
import { VettingLabels } from '../vetting-labels';

/** Volunteers per page (the api allows up to 50). */
const PAGE_SIZE = 25;

/** /koordinator/frivillige?status=… — volunteers by where their application stands (applied by default). */
@Component({
  selector: 'bb-volunteer-list-page',
  imports: [RouterLink, TranslatePipe, PagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './volunteer-list.page.html',
  styleUrl: './vetting-page.scss',
})
export class VolunteerListPage {
  /** The `?status=` query parameter. */
  readonly status = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly volunteersGql = inject(VolunteersGQL);
  private readonly optionsGql = inject(VolunteerFormOptionsGQL);

  protected readonly labels = new VettingLabels(this.i18n);
  protected readonly statuses = VETTING_STATUSES;
  protected readonly current = computed<VettingStatus>(() => {
    const status = this.status();
    return isVettingStatus(status) ? status : 'applied';
  });

  /** Back to the first page whenever another status is chosen. */
  protected readonly offset = linkedSignal({ source: this.current, computation: () => 0 });

  protected readonly page = rxResource({
    params: () => ({ status: this.current(), offset: this.offset() }),
    stream: ({ params: { status, offset } }) =>
      this.volunteersGql
        .fetch({ variables: { status: enumName(status), offset, limit: PAGE_SIZE }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.volunteers ?? { total: 0, offset, limit: PAGE_SIZE, items: [] })),
  });
  protected readonly volunteers = computed(() => this.page.value()?.items ?? []);
  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });

  protected turnPage(offset: number): void {
    this.offset.set(offset);
    setTimeout(() => document.getElementById('volunteers-heading')?.focus());
  }

  protected localityName(id: string | null): string {
    return this.options.value()?.localities.find((l) => l.id === id)?.name ?? '';
  }
}
