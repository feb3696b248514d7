import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  ApproveMatchGQL,
  type BoardMatchFragment,
  MatchingBoardOptionsGQL,
  RecentMatchingRunsGQL,
  RunMatchingGQL,
  type RunMatchingMutation,
  WaitingForMatchGQL,
} from '@brobygger/web/matches/data-access';
import { I18nService } from '@brobygger/web/shared/i18n';
import { of, throwError } from 'rxjs';
import { MatchingBoardPage } from './matching-board.page';

function proposal(id: string, firstName: string, providerId: string): BoardMatchFragment {
  return {
    id,
    kind: 'MENTOR',
    status: 'PROPOSED',
    score: 61.5,
    reasons: [
      { key: 'sharedLanguage', params: '{"code":"ar","level":"fluent"}' },
      { key: 'brandNewReason', params: '{}' },
    ],
    participantId: `p-${id}`,
    volunteerId: providerId,
    offerId: null,
    proposedAt: '2026-11-26T10:00:00Z',
    approvedAt: null,
    respondBy: null,
    closeReason: null,
    outcome: null,
    participant: {
      id: `p-${id}`,
      firstName,
      lastName: 'Testsen',
      localityName: 'Skibby',
    },
    provider: { id: providerId, name: 'Mette Hansen', associationName: null },
  };
}

const RESULT: RunMatchingMutation['runMatching'] = {
  run: {
    id: 'run-1',
    kind: 'MENTOR',
    participantCount: 3,
    providerCount: 1,
    proposalCount: 2,
    objective: 123,
    durationMs: 4,
    ranAt: '2026-11-26T10:00:00Z',
    ranBy: 'Karin Kristensen',
  },
  proposals: [proposal('m1', 'Amina', 'v1'), proposal('m2', 'Samira', 'v1')],
  unmatched: [
    {
      participantId: 'p-3',
      reason: {
        key: 'noCandidate',
        params: '{"constraint":"language","excluded":1,"considered":1}',
      },
      participant: {
        id: 'p-3',
        firstName: 'Hodan',
        lastName: 'Abdi',
        localityName: 'Skibby',
      },
    },
  ],
};

const conflict = (message: string, reason: string) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'CONFLICT', reason } }] });

describe('the matching board', () => {
  let run: jest.Mock;
  let approve: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    run = jest.fn(() => of({ data: { runMatching: RESULT } }));
    approve = jest.fn((options: { variables: { id: string } }) =>
      options.variables.id === 'm1'
        ? of({
            data: {
              approveMatch: { ...proposal('m1', 'Amina', 'v1'), status: 'APPROVED', respondBy: '2026-11-29T10:00:00Z' },
            },
          })
        : throwError(() =>
            conflict('Slot already taken: this volunteer or offer has no free capacity left.', 'SLOT_TAKEN'),
          ),
    );
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: MatchingBoardOptionsGQL,
          useValue: {
            fetch: () =>
              of({
                data: {
                  languages: [{ code: 'ar', nameDa: 'Arabisk', nameEn: 'Arabic', nativeName: 'العربية' }],
                  activities: [],
                  localities: [],
                },
              }),
          },
        },
        {
          provide: WaitingForMatchGQL,
          useValue: { fetch: () => of({ data: { waitingParticipants: { total: 0, items: [] } } }) },
        },
        { provide: RecentMatchingRunsGQL, useValue: { fetch: () => of({ data: { matchingRuns: [] } }) } },
        { provide: RunMatchingGQL, useValue: { mutate: run } },
        { provide: ApproveMatchGQL, useValue: { mutate: approve } },
      ],
    });
    TestBed.inject(I18nService).setLanguage('da');
  });

  async function board() {
    const fixture = TestBed.createComponent(MatchingBoardPage);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const click = async (text: string) => {
      const button = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim().startsWith(text));
      if (!button) throw new Error(`No button "${text}"`);
      button.click();
      await fixture.whenStable();
    };
    const proposalItem = (name: string) => element.querySelector(`li[data-participant="${name}"]`) as HTMLElement;
    return { fixture, element, click, proposalItem };
  }

  it('shows each proposal with names, reasons in words and the unmatched with why', async () => {
    const { element, click, proposalItem } = await board();
    await click('Kør matchning');
    expect(run).toHaveBeenCalledWith({
      variables: {
        kind: 'MENTOR',
        scope: { must: [], mustNot: [] },
        weights: { base: 10, distance: 25, sharedInterests: 25, languageFit: 20, ageGroupFit: 5, waitingTime: 15 },
      },
    });
    const amina = proposalItem('Amina Testsen');
    expect(amina.textContent).toContain('Mette Hansen');
    expect(amina.textContent).toContain('Score 61,5');
    expect(amina.textContent).toContain('Taler begge arabisk (flydende)');
    expect(amina.textContent).toContain('Et andet forhold taler for forslaget');
    expect(amina.textContent).not.toContain('brandNewReason');
    expect(element.querySelector('[data-testid="unmatched"]')?.textContent).toContain(
      'Hodan Abdi, Skibby: Ingen passede, oftest fordi ingen taler et fælles sprog (1 af 1 mulige)',
    );
    expect(element.querySelector('[data-testid="run-record"]')?.textContent).toContain('Karin Kristensen');
  });

  it('approves each proposal on its own and shows a taken slot on that row only', async () => {
    const { element, click, proposalItem } = await board();
    await click('Kør matchning');
    await click('Godkend alle');
    expect(approve).toHaveBeenCalledTimes(2);
    expect(proposalItem('Amina Testsen').querySelector('[data-testid="approval-result"]')?.textContent).toContain(
      'Godkendt. Den frivillige eller foreningen skal svare senest 29.11.2026.',
    );
    expect(proposalItem('Samira Testsen').querySelector('[data-testid="approval-result"]')?.textContent).toContain(
      'Ikke godkendt: pladsen er allerede taget.',
    );
    expect(element.querySelector('[data-testid="approval-summary"]')?.textContent).toContain(
      '1 godkendt, 1 ikke godkendt.',
    );
  });

  it('sends locks with "Run again", keeping the weights', async () => {
    const { element, click, proposalItem } = await board();
    const distance = element.querySelector<HTMLInputElement>('#run-weight-distance');
    if (!distance) throw new Error('no distance weight');
    distance.value = '40';
    distance.dispatchEvent(new Event('input'));
    await click('Kør matchning');
    const lockButton = Array.from(proposalItem('Amina Testsen').querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Lås parret'),
    );
    const forbidButton = Array.from(proposalItem('Samira Testsen').querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Fravælg parret'),
    );
    lockButton?.click();
    forbidButton?.click();
    await click('Kør igen');
    expect(lockButton?.getAttribute('aria-pressed')).toBe('true');
    expect(run).toHaveBeenLastCalledWith({
      variables: {
        kind: 'MENTOR',
        scope: {
          must: [{ participantId: 'p-m1', providerId: 'v1' }],
          mustNot: [{ participantId: 'p-m2', providerId: 'v1' }],
        },
        weights: expect.objectContaining({ distance: 40 }),
      },
    });
  });

  it('refuses to run without a town or a weight that is not a number', async () => {
    const { element, click } = await board();
    (element.querySelector('#run-scope-locality') as HTMLInputElement).click();
    await click('Kør matchning');
    expect(run).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="error-summary"]')?.textContent).toContain('Vælg en by');
    const base = element.querySelector<HTMLInputElement>('#run-weight-base');
    if (!base) throw new Error('no base weight');
    base.value = '';
    base.dispatchEvent(new Event('input'));
    (element.querySelector('#run-scope-all') as HTMLInputElement).click();
    await click('Kør matchning');
    expect(run).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="error-summary"]')?.textContent).toContain(
      'Skriv vægten som et tal, f.eks. 25',
    );
    expect(base.getAttribute('aria-invalid')).toBe('true');
  });
});
