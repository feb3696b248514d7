import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, FormProblems, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import {
  ApproveMatchGQL,
  type BoardMatchFragment,
  DEFAULT_MATCH_WEIGHTS,
  MATCH_KINDS,
  type MatchKind,
  MatchingBoardOptionsGQL,
  type MatchingScopeInput,
  type MatchingWeightsInput,
  RecentMatchingRunsGQL,
  RunMatchingGQL,
  type RunMatchingMutation,
  type RunRecordFragment,
  WEIGHT_NAMES,
  WaitingForMatchGQL,
  type WeightName,
} from '@brobygger/web/matches/data-access';
import {
  MatchReasonsComponent,
  describeUnmatched,
  formatDanishNumber,
  reasonVocabulary,
} from '@brobygger/web/matches/ui';
import {
  I18nService,
  type TranslationKey,
  TranslatePipe,
  formatDanishDate,
  formatDanishTime,
} from '@brobygger/web/shared/i18n';
import { firstValueFrom, map, of } from 'rxjs';

type Scope = 'all' | 'locality' | 'people';
type RunResult = RunMatchingMutation['runMatching'];

/** A coordinator's lock on one pair: it must be made, or must not. */
interface Lock {
  readonly participantId: string;
  readonly providerId: string;
  readonly participantName: string;
  readonly providerName: string;
  readonly mode: 'must' | 'mustNot';
}

/** The outcome of approving one proposal, shown on its row. */
type Approval =
  | { readonly ok: true; readonly respondBy: string | null }
  | { readonly ok: false; readonly message: string };

/** What was asked for in the last run, so "Run again" repeats it with the locks and weights. */
interface RunRequest {
  readonly kind: MatchKind;
  readonly scope: Scope;
  readonly localityId: string;
  readonly participantIds: readonly string[];
}

/**
 * /koordinator/matchning — the coordinator's matching board: choose the kind and who to match, tune
 * the weights, run the engine, read each proposal's reasons, lock or rule out pairs and run again,
 * and approve proposals one by one, with each approval's result on its own row.
 */
@Component({
  selector: 'bb-matching-board-page',
  imports: [
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    MatchReasonsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matching-board.page.html',
  styleUrl: './matches-pages.scss',
})
export class MatchingBoardPage {
  private readonly i18n = inject(I18nService);
  private readonly optionsGql = inject(MatchingBoardOptionsGQL);
  private readonly waitingGql = inject(WaitingForMatchGQL);
  private readonly runGql = inject(RunMatchingGQL);
  private readonly runsGql = inject(RecentMatchingRunsGQL);
  private readonly approveGql = inject(ApproveMatchGQL);

  protected readonly kinds = MATCH_KINDS;
  protected readonly scopes: readonly Scope[] = ['all', 'locality', 'people'];
  protected readonly weightNames = WEIGHT_NAMES;
  protected readonly defaults = DEFAULT_MATCH_WEIGHTS;
  protected readonly problems = new FormProblems(this.i18n);

  protected readonly kind = signal<MatchKind>('MENTOR');
  protected readonly scope = signal<Scope>('all');
  protected readonly localityId = signal('');
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly weights = signal<Record<WeightName, string>>(this.defaultWeightTexts());
  protected readonly locks = signal<readonly Lock[]>([]);

  protected readonly running = signal(false);
  protected readonly elapsed = signal(0);
  protected readonly result = signal<RunResult | null>(null);
  protected readonly lastRequest = signal<RunRequest | null>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly approvals = signal<ReadonlyMap<string, Approval>>(new Map());
  protected readonly approving = signal(false);
  protected readonly approvalSummary = signal<string | null>(null);

  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });
  /** The waiting list is read (and logged) only when the coordinator picks people from it. */
  protected readonly waiting = rxResource({
    params: () => (this.scope() === 'people' ? this.kind() : undefined),
    stream: ({ params: kind }) =>
      kind
        ? this.waitingGql
            // The longest waiting first: those are the ones to pick by hand (the api gives at most 50).
            .fetch({ variables: { kind, limit: 50 }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.waitingParticipants ?? { total: 0, items: [] }))
        : of({ total: 0, items: [] }),
  });
  protected readonly recentRuns = rxResource({
    stream: () =>
      this.runsGql
        .fetch({ variables: { limit: 5 }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.matchingRuns ?? [])),
  });

  protected readonly vocabulary = computed(() =>
    reasonVocabulary(
      this.i18n.language(),
      this.options.value()?.languages ?? [],
      this.options.value()?.activities ?? [],
    ),
  );
  protected readonly proposals = computed(() => this.result()?.proposals ?? []);
  protected readonly openProposals = computed(() => this.proposals().filter((p) => p.status === 'PROPOSED'));
  protected readonly selectedOpen = computed(() => this.openProposals().filter((p) => this.selected().has(p.id)));

  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearInterval(this.timer));
  }

  protected kindLabel(kind: MatchKind): string {
    return this.i18n.t(`matching.kind.${kind}`);
  }

  protected scopeLabel(scope: Scope): string {
    return this.i18n.t(`matching.board.scope.${scope}`);
  }

  protected weightLabel(name: WeightName): string {
    return this.i18n.t(`matching.weight.${name}`);
  }

  protected chooseKind(kind: string): void {
    this.kind.set(kind as MatchKind);
    // Providers differ between kinds: the chosen people and the locks no longer apply.
    this.chosen.set(new Set());
    this.locks.set([]);
  }

  protected chooseScope(scope: Scope): void {
    this.scope.set(scope);
  }

  protected togglePerson(id: string, checked: boolean): void {
    const next = new Set(this.chosen());
    if (checked) next.add(id);
    else next.delete(id);
    this.chosen.set(next);
  }

  protected setWeight(name: WeightName, value: string): void {
    this.weights.update((weights) => ({ ...weights, [name]: value }));
  }

  protected resetWeights(): void {
    this.weights.set(this.defaultWeightTexts());
  }

  protected personName(person: { firstName: string; lastName: string }): string {
    return `${person.firstName} ${person.lastName}`;
  }

  protected providerName(match: BoardMatchFragment): string {
    return match.provider.associationName
      ? `${match.provider.name} (${match.provider.associationName})`
      : match.provider.name;
  }

  protected lockOf(match: BoardMatchFragment): Lock['mode'] | null {
    return (
      this.locks().find((l) => l.participantId === match.participantId && l.providerId === match.provider.id)?.mode ??
      null
    );
  }

  /** Lock (must) or rule out (mustNot) a proposal's pair; pressing the same again lifts it. */
  protected toggleLock(match: BoardMatchFragment, mode: Lock['mode']): void {
    const current = this.lockOf(match);
    // A person can be locked to one provider only: a new "must" replaces their other one.
    const others = this.locks().filter(
      (l) =>
        !(l.participantId === match.participantId && l.providerId === match.provider.id) &&
        !(mode === 'must' && l.mode === 'must' && l.participantId === match.participantId),
    );
    this.locks.set(
      current === mode
        ? others
        : [
            ...others,
            {
              participantId: match.participantId,
              providerId: match.provider.id,
              participantName: this.personName(match.participant),
              providerName: this.providerName(match),
              mode,
            },
          ],
    );
  }

  protected lockText(lock: Lock): string {
    return this.i18n.t(lock.mode === 'must' ? 'matching.board.lockedPair' : 'matching.board.forbiddenPair', {
      participant: lock.participantName,
      provider: lock.providerName,
    });
  }

  protected removeLock(lock: Lock): void {
    this.locks.update((locks) => locks.filter((l) => l !== lock));
  }

  protected toggleSelected(id: string, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected run(): Promise<void> {
    return this.execute({
      kind: this.kind(),
      scope: this.scope(),
      localityId: this.localityId(),
      participantIds: [...this.chosen()],
    });
  }

  /** Runs the last request again, with today's locks and weights. */
  protected runAgain(): Promise<void> {
    const last = this.lastRequest();
    return last ? this.execute(last) : this.run();
  }

  private async execute(request: RunRequest): Promise<void> {
    if (this.running()) return;
    const weights = this.parsedWeights();
    const checks: [string, boolean, TranslationKey][] = [
      ['localityId', request.scope === 'locality' && !request.localityId, 'matching.problem.locality'],
      ['people', request.scope === 'people' && request.participantIds.length === 0, 'matching.problem.people'],
      ...this.weightNames.map((name): [string, boolean, TranslationKey] => [
        `weight-${name}`,
        weights[name] === null,
        'matching.problem.weight',
      ]),
    ];
    if (!this.problems.check(checks)) return;

    const scope: MatchingScopeInput = {
      ...(request.scope === 'locality' ? { localityId: request.localityId } : {}),
      ...(request.scope === 'people' ? { participantIds: [...request.participantIds] } : {}),
      must: this.locks()
        .filter((l) => l.mode === 'must')
        .map(({ participantId, providerId }) => ({ participantId, providerId })),
      mustNot: this.locks()
        .filter((l) => l.mode === 'mustNot')
        .map(({ participantId, providerId }) => ({ participantId, providerId })),
    };
    this.running.set(true);
    this.elapsed.set(0);
    const started = Date.now();
    this.timer = setInterval(() => this.elapsed.set(Math.floor((Date.now() - started) / 1000)), 1000);
    try {
      const response = await firstValueFrom(
        this.runGql.mutate({
          variables: { kind: request.kind, scope, weights: weights as MatchingWeightsInput },
        }),
      );
      const result = response.data?.runMatching ?? null;
      this.result.set(result);
      this.lastRequest.set(request);
      this.selected.set(new Set());
      this.approvals.set(new Map());
      this.approvalSummary.set(null);
      this.recentRuns.reload();
    } catch (error) {
      this.problems.show(this.runProblem(error));
    } finally {
      clearInterval(this.timer);
      this.running.set(false);
    }
  }

  /** Lock problems (LOCK_* reasons) have their own words in the shared record; no control is named. */
  private runProblem(error: unknown): Problem {
    return problemFromApi(toApiError(error), []);
  }

  /** Approves each proposal on its own: one that fails (a slot already taken) does not stop the rest. */
  protected async approve(proposals: readonly BoardMatchFragment[]): Promise<void> {
    if (this.approving() || proposals.length === 0) return;
    this.approving.set(true);
    this.approvalSummary.set(null);
    let approved = 0;
    let failed = 0;
    for (const proposal of proposals) {
      let outcome: Approval;
      try {
        const response = await firstValueFrom(this.approveGql.mutate({ variables: { id: proposal.id } }));
        const match = response.data?.approveMatch;
        outcome = { ok: true, respondBy: match?.respondBy ?? null };
        if (match) this.replaceProposal(match);
        approved++;
      } catch (error) {
        outcome = { ok: false, message: this.approvalProblem(error) };
        failed++;
      }
      this.approvals.update((all) => new Map(all).set(proposal.id, outcome));
    }
    this.approving.set(false);
    this.approvalSummary.set(this.i18n.t('matching.board.approvalSummary', { approved, failed }));
  }

  private replaceProposal(match: BoardMatchFragment): void {
    this.result.update((result) =>
      result ? { ...result, proposals: result.proposals.map((p) => (p.id === match.id ? match : p)) } : result,
    );
    // An approved person is no longer part of a run: their locks would be refused.
    this.locks.update((locks) => locks.filter((l) => l.participantId !== match.participantId));
    const selected = new Set(this.selected());
    selected.delete(match.id);
    this.selected.set(selected);
  }

  private approvalProblem(error: unknown): string {
    const apiError = toApiError(error);
    switch (apiError.reason) {
      case 'SLOT_TAKEN':
        return this.i18n.t('matching.board.slotTaken');
      case 'ALREADY_MATCHED':
        return this.i18n.t('matching.board.alreadyMatched');
      case 'MATCH_STEP_NOT_POSSIBLE':
      case 'VOLUNTEER_UNAVAILABLE':
        return this.i18n.t('matching.board.notOpen');
    }
    const problem = problemFromApi(apiError, []);
    const message = problem.key ? this.i18n.t(problem.key, problem.params) : (problem.text ?? '');
    return this.i18n.t('matching.board.approveFailed', { message });
  }

  protected approvalText(approval: Approval): string {
    return approval.ok
      ? this.i18n.t('matching.board.approved', { date: approval.respondBy ? formatDanishDate(approval.respondBy) : '' })
      : approval.message;
  }

  protected unmatchedText(reason: { key: string; params: string }): string {
    this.i18n.language();
    return describeUnmatched(reason, this.i18n.t.bind(this.i18n));
  }

  protected score(value: number): string {
    return formatDanishNumber(value, 'score');
  }

  protected ranAt(run: RunRecordFragment): string {
    return this.i18n.t('matching.run.whenValue', {
      date: formatDanishDate(run.ranAt),
      time: formatDanishTime(run.ranAt),
    });
  }

  protected statusLabel(match: BoardMatchFragment): string {
    return this.i18n.t(`matching.status.${match.status}`);
  }

  private defaultWeightTexts(): Record<WeightName, string> {
    return Object.fromEntries(this.weightNames.map((name) => [name, String(DEFAULT_MATCH_WEIGHTS[name])])) as Record<
      WeightName,
      string
    >;
  }

  /** Each weight as a number (a comma works as the decimal sign), or null when it is not one. */
  private parsedWeights(): Record<WeightName, number | null> {
    const texts = this.weights();
    return Object.fromEntries(
      this.weightNames.map((name) => {
        const text = texts[name].trim().replace(',', '.');
        const value = text === '' ? NaN : Number(text);
        return [name, Number.isFinite(value) ? value : null];
      }),
    ) as Record<WeightName, number | null>;
  }
}
