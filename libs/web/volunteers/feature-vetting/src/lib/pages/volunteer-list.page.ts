import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { VolunteerFormOptionsGQL, VolunteersGQL } from '@brobygger/web/volunteers/data-access';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';
import { map } from 'rxjs';
import { VETTING_STATUSES, type VettingStatus, isVettingStatus } from '../vetting';
import { VettingLabels } from '../vetting-labels';

/** /koordinator/frivillige?status=… — volunteers by where their application stands (applied by default). */
@Component({
  selector: 'bb-volunteer-list-page',
  imports: [RouterLink, TranslatePipe],
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

  protected readonly volunteers = rxResource({
    params: () => this.current(),
    stream: ({ params: status }) =>
      this.volunteersGql
        .fetch({ variables: { status }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.volunteers ?? [])),
  });
  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });

  protected localityName(id: string | null): string {
    return this.options.value()?.localities.find((l) => l.id === id)?.name ?? '';
  }
}
