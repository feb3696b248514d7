import { ApiError } from '@brobygger/web/shared/util-forms';
import { certificateChecks, rejectionChecks, screeningChecks, trainingChecks, vettingProblem } from './vetting';

function failing(checks: [string, boolean, string][]): [string, string][] {
  return checks.filter(([, failed]) => failed).map(([field, , key]) => [field, key]);
}

describe('vetting checks', () => {
  it('keeps the screening note short', () => {
    expect(failing(screeningChecks(''))).toEqual([]);
    expect(failing(screeningChecks('x'.repeat(501)))).toEqual([['note', 'coordination.vetting.problem.noteLength']]);
  });

  it('requires a reason the volunteer will read', () => {
    expect(failing(rejectionChecks('  '))).toEqual([['reason', 'coordination.vetting.problem.reason']]);
    expect(failing(rejectionChecks('Vi mangler ikke flere mentorer i Skibby lige nu.'))).toEqual([]);
  });

  it('needs the date a clear certificate was checked, and real Danish dates', () => {
    expect(failing(certificateChecks('CLEAR', '', ''))).toEqual([
      ['checkedOn', 'coordination.vetting.problem.dateRequired'],
    ]);
    expect(failing(certificateChecks('REQUESTED', '2026-11-01', ''))).toEqual([
      ['requestedOn', 'coordination.problem.date'],
    ]);
    expect(failing(certificateChecks('CLEAR', '01.11.2026', '20.11.2026'))).toEqual([]);
    expect(failing(certificateChecks('', '', ''))).toEqual([['status', 'coordination.vetting.problem.status']]);
  });

  it('records a training with a name and a date', () => {
    expect(failing(trainingChecks('', ''))).toEqual([
      ['name', 'coordination.vetting.problem.trainingName'],
      ['completedOn', 'coordination.vetting.problem.dateRequired'],
    ]);
    expect(failing(trainingChecks('Introkursus', '3.9.2026'))).toEqual([]);
  });
});

describe('vetting refusals', () => {
  it('says why approval waits for a clear child certificate', () => {
    const error = new ApiError(
      'CONFLICT',
      'This volunteer will meet children under 15: record a clear child certificate before approving.',
      { reason: 'CHILD_CERTIFICATE_NEEDED', field: 'childCertificateStatus' },
    );
    expect(vettingProblem(error, [])).toEqual({
      field: null,
      key: 'coordination.vetting.problem.certificateRequired',
    });
  });

  it('explains a step that the status no longer allows', () => {
    const error = new ApiError('CONFLICT', 'This volunteer is approved; that step is not possible now.', {
      reason: 'VOLUNTEER_STEP_NOT_POSSIBLE',
      details: { status: 'approved' },
    });
    expect(vettingProblem(error, [])).toEqual({ field: null, key: 'coordination.vetting.problem.wrongStatus' });
  });
});
