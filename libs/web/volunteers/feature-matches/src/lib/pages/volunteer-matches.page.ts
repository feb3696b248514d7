import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { toApiError, FormProblems, listValue, problemFromApi } from '@brobygger/web/shared/util-forms';
import { MatchReasonsComponent, reasonVocabulary } from '@brobygger/web/matches/ui';
import { I18nService, TranslatePipe, formatDanishDate } from '@brobygger/web/shared/i18n';
import {
  MyMatchesGQL,
  type OwnVolunteerMatchFragment,
  RespondToMatchGQL,
  VolunteerFormOptionsGQL,
} from '@brobygger/web/volunteers/data-access';
import { firstValueFrom, map } from 'rxjs';

type Match = OwnVolunteerMatchFragment;

/**
 * /frivillig/forslag — the volunteer's proposals with the reasons in words and the date to answer
 * by, accept or decline (declining asks for an optional reason and a confirmation), and the matches
 * waiting for the participant or already active (each with its meeting log).
 */
@Component({
  selector: 'bb-volunteer-matches-page',
  imports: [RouterLink, TranslatePipe, MatchReasonsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './volunteer-matches.page.html',
  styleUrl: './volunteer-matches.page.scss',
})
export class VolunteerMatchesPage {
  private readonly i18n = inject(I18nService);
  private readonly myMatchesGql = inject(MyMatchesGQL);
  private readonly respondGql = inject(RespondToMatchGQL);
  private readonly optionsGql = inject(VolunteerFormOptionsGQL);

  protected readonly problems = new FormProblems(this.i18n);
  protected readonly message = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly declining = signal<Match | null>(null);
  protected readonly declineReason = signal('');
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('declineDialog');

  protected readonly matches = rxResource({
    stream: () => this.myMatchesGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.myMatches ?? [])),
  });
  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });

  protected readonly proposals = computed(() => (this.matches.value() ?? []).filter((m) => m.status === 'APPROVED'));
  protected readonly waiting = computed(() => (this.matches.value() ?? []).filter((m) => m.status === 'ACCEPTED'));
  protected readonly active = computed(() => (this.matches.value() ?? []).filter((m) => m.status === 'ACTIVE'));
  protected readonly vocabulary = computed(() =>
    reasonVocabulary(
      this.i18n.language(),
      this.options.value()?.languages ?? [],
      this.options.value()?.activities ?? [],
    ),
  );

  protected kindLabel(match: Match): string {
    return this.i18n.t(`matching.kind.${match.kind}`);
  }

  protected languages(match: Match): string {
    const vocabulary = this.vocabulary();
    return match.participantLanguages.map((code) => vocabulary.languageName(code)).join(', ');
  }

  protected needs(match: Match): string {
    return match.participantNeeds.map((need) => this.i18n.t(`matching.need.${listValue(need)}`)).join(', ');
  }

  protected respondBy(match: Match): string {
    return match.respondBy ? formatDanishDate(match.respondBy) : '';
  }

  protected async accept(match: Match): Promise<void> {
    await this.respond(match, true, null);
  }

  protected askToDecline(match: Match): void {
    this.declining.set(match);
    this.declineReason.set('');
    setTimeout(() => this.dialog()?.nativeElement.showModal());
  }

  protected cancelDecline(): void {
    this.dialog()?.nativeElement.close();
  }

  protected dialogClosed(): void {
    const match = this.declining();
    this.declining.set(null);
    if (match) {
      setTimeout(() =>
        (
          document.getElementById(`decline-${match.id}`) ?? document.getElementById('volunteer-matches-message')
        )?.focus(),
      );
    }
  }

  protected async confirmDecline(): Promise<void> {
    const match = this.declining();
    if (!match) return;
    const reason = this.declineReason().trim() || null;
    this.dialog()?.nativeElement.close();
    await this.respond(match, false, reason);
  }

  private async respond(match: Match, accept: boolean, reason: string | null): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.problems.clear();
    try {
      const response = await firstValueFrom(this.respondGql.mutate({ variables: { id: match.id, accept, reason } }));
      const status = response.data?.respondToMatch.status;
      const name = match.participantFirstName;
      this.message.set(
        status === 'EXPIRED'
          ? this.i18n.t('matching.volunteer.expired', { name })
          : this.i18n.t(accept ? 'matching.volunteer.accepted' : 'matching.volunteer.declined', { name }),
      );
      this.matches.reload();
      setTimeout(() => document.getElementById('volunteer-matches-message')?.focus());
    } catch (error) {
      this.problems.show(problemFromApi(toApiError(error), []));
    } finally {
      this.busy.set(false);
    }
  }
}
