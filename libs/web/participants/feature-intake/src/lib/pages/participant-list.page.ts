import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { IntakeFormOptionsGQL, ParticipantsGQL } from '@brobygger/web/participants/data-access';
import { I18nService, TranslatePipe, isoDateToDanish } from '@brobygger/web/shared/i18n';
import { map } from 'rxjs';
import { ParticipantLabels } from '../participant-labels';

interface Search {
  readonly name: string;
  readonly localityId: string;
}

/** /koordinator/deltagere — the municipality's participants, searched by name and town (each search is logged). */
@Component({
  selector: 'bb-participant-list-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './participant-list.page.html',
  styleUrl: './coordination-page.scss',
})
export class ParticipantListPage {
  private readonly i18n = inject(I18nService);
  private readonly participantsGql = inject(ParticipantsGQL);
  private readonly optionsGql = inject(IntakeFormOptionsGQL);

  protected readonly labels = new ParticipantLabels(this.i18n);
  protected readonly danishDate = isoDateToDanish;
  /** What is typed; `search` changes only on submit, so typing does not query (and log) per key. */
  protected readonly name = signal('');
  protected readonly localityId = signal('');
  protected readonly search = signal<Search>({ name: '', localityId: '' });

  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });
  protected readonly participants = rxResource({
    params: () => this.search(),
    stream: ({ params }) =>
      this.participantsGql
        .fetch({
          variables: { search: { name: params.name || null, localityId: params.localityId || null, first: 200 } },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.participants ?? [])),
  });

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(): void {
    this.search.set({ name: this.name().trim(), localityId: this.localityId() });
  }

  protected clear(): void {
    this.name.set('');
    this.localityId.set('');
    this.submit();
  }

  protected needsText(needs: readonly string[]): string {
    return needs.map((need) => this.labels.need(need)).join(', ');
  }

  protected searching(): boolean {
    const current = this.search();
    return current.name !== '' || current.localityId !== '';
  }
}
