import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { IntakeFormOptionsGQL, ParticipantsGQL } from '@brobygger/web/participants/data-access';
import { I18nService, TranslatePipe, isoDateToDanish } from '@brobygger/web/shared/i18n';
import { PagerComponent } from '@brobygger/web/shared/ui';
import { map } from 'rxjs';
import { ParticipantLabels } from '../participant-labels';

/** Participants per page (the api gives at most 50). */
const PAGE_SIZE = 25;

interface Search {
  readonly name: string;
  readonly localityId: string;
}

/** /koordinator/deltagere — the municipality's participants, searched by name and town (each search is logged). */
@Component({
  selector: 'bb-participant-list-page',
  imports: [RouterLink, TranslatePipe, PagerComponent],
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
  protected readonly offset = signal(0);

  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });
  protected readonly page = rxResource({
    params: () => ({ search: this.search(), offset: this.offset() }),
    stream: ({ params: { search, offset } }) =>
      this.participantsGql
        .fetch({
          variables: {
            search: { name: search.name || null, localityId: search.localityId || null },
            offset,
            limit: PAGE_SIZE,
          },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.participants ?? { total: 0, offset, limit: PAGE_SIZE, items: [] })),
  });
  protected readonly participants = computed(() => this.page.value()?.items ?? []);

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(): void {
    this.offset.set(0);
    this.search.set({ name: this.name().trim(), localityId: this.localityId() });
  }

  protected turnPage(offset: number): void {
    this.offset.set(offset);
    setTimeout(() => document.getElementById('participants-heading')?.focus());
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
