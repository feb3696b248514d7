import { type TranslationKey, formatDanishDate, formatDanishTime, isoDateToDanish } from '@brobygger/web/shared/i18n';
import type { ApiError, ErrorReason } from './api-error';

/** A text in the visitor's language: a translation key and the values for its placeholders. */
export interface Wording {
  readonly key: TranslationKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A key whose placeholders are named as in `details`, or a function that words the error itself. */
type ReasonWording = TranslationKey | ((error: ApiError) => Wording);

/** A calendar date from `details` (2026-11-26) the Danish way; anything else as it is. */
function shown(value: string | number): string | number {
  return typeof value === 'string' && isoDateToDanish(value) ? isoDateToDanish(value) : value;
}

/** Between min and max, at least min, at most max, or just out of range: by what `details` holds. */
function outOfRange({ details }: ApiError): Wording {
  const { min, max } = details;
  if (min !== undefined && max !== undefined)
    return { key: 'problem.outOfRange', params: { min: shown(min), max: shown(max) } };
  if (min !== undefined) return { key: 'problem.outOfRangeMin', params: { min: shown(min) } };
  if (max !== undefined) return { key: 'problem.outOfRangeMax', params: { max: shown(max) } };
  return { key: 'problem.outOfRangePlain' };
}

/** `key` with `details[name]` when the API sent it, `plain` otherwise. */
function withDetail(name: string, key: TranslationKey, plain: TranslationKey): (error: ApiError) => Wording {
  return ({ details }) => (details[name] === undefined ? { key: plain } : { key, params: { [name]: details[name] } });
}

/**
 * What the web says for each `extensions.reason`. A Record over every reason, so a reason added to
 * the API's schema (and `npm run codegen`) fails type checking until it has a text here.
 */
export const REASON_WORDINGS: Readonly<Record<ErrorReason, ReasonWording>> = {
  // InputErrorReason: one input value, shown beside its control.
  REQUIRED: 'problem.required',
  TOO_LONG: withDetail('max', 'problem.tooLong', 'problem.tooLongPlain'),
  TOO_SHORT: withDetail('min', 'problem.tooShort', 'problem.tooShortPlain'),
  OUT_OF_RANGE: outOfRange,
  INVALID_FORMAT: 'problem.invalidFormat',
  INVALID_CHARACTER: 'problem.invalidCharacter',
  NOT_ALLOWED_VALUE: 'problem.notAllowedValue',
  DATE_ORDER: 'problem.dateOrder',
  IN_THE_PAST: 'problem.inThePast',
  IN_THE_FUTURE: 'problem.inTheFuture',
  DUPLICATE: 'problem.duplicate',
  SENSITIVE_DATA: 'problem.sensitive',
  UNKNOWN_REFERENCE: 'problem.unknownReference',
  // AccessErrorReason
  NOT_FOUND: 'problem.notFound',
  NOT_SIGNED_IN: 'problem.notSignedIn',
  NO_ACCESS: 'problem.noAccess',
  // RequestErrorReason
  INTERNAL: 'auth.problem.unexpected',
  INVALID_REQUEST: 'problem.invalidRequest',
  BODY_NOT_JSON: 'problem.invalidRequest',
  BODY_UNREADABLE: 'problem.invalidRequest',
  QUERY_TOO_LONG: 'problem.invalidRequest',
  BODY_TOO_LARGE: 'problem.bodyTooLarge',
  RATE_LIMITED: 'problem.rateLimited',
  // AccountsErrorReason
  WRONG_CREDENTIALS: 'auth.problem.wrongCredentials',
  EMAIL_NOT_CONFIRMED: 'auth.problem.unconfirmed',
  EMAIL_INVALID: 'auth.problem.email',
  EMAIL_IN_OTHER_MUNICIPALITY: 'onboarding.problem.emailElsewhere',
  PASSWORD_TOO_SHORT: 'auth.problem.passwordTooShort',
  PASSWORD_TOO_LONG: 'auth.problem.passwordTooLong',
  PASSWORD_COMMON: 'auth.problem.passwordCommon',
  PASSWORD_IS_EMAIL: 'auth.problem.passwordIsEmail',
  PASSWORD_REPEATED: 'auth.problem.passwordRepeated',
  TOKEN_INVALID: 'auth.problem.tokenInvalid',
  TOKEN_EXPIRED: 'auth.problem.tokenExpired',
  TOO_MANY_SIGN_INS: ({ retryAt }) =>
    retryAt
      ? {
          key: 'auth.problem.tooManyUntil',
          params: { date: formatDanishDate(retryAt), time: formatDanishTime(retryAt) },
        }
      : { key: 'auth.problem.tooMany' },
  INVITE_ROLE_NOT_ALLOWED: 'problem.inviteRoleNotAllowed',
  NO_MUNICIPALITY: 'problem.noMunicipality',
  // AssociationsErrorReason
  CVR_INVALID: 'manage.problem.cvrInvalid',
  CVR_ALREADY_REGISTERED: withDetail('name', 'onboarding.problem.cvrTaken', 'onboarding.problem.cvrTakenUnknown'),
  CLOSE_INSTEAD: 'manage.problem.closeInstead',
  FRITIDSPAS_AGE_LIMIT: 'offerForm.problem.fritidspasAge',
  AGREEMENT_OVERLAPS: 'associationInbox.problem.overlap',
  AGREEMENT_END_LATER: 'associationInbox.problem.endLater',
  AGREEMENT_ENDED: 'problem.agreementEnded',
  INVITATION_ASSOCIATION_GONE: 'problem.invitationAssociationGone',
  NOT_REPRESENTATIVE: 'problem.notRepresentative',
  OFFER_CLOSED: 'problem.offerClosed',
  // FritidspasErrorReason: amounts come in kroner, Danish format.
  BUDGET_EXCEEDED: ({ details }) => ({
    key: 'coordination.fritidspas.problem.overBudget',
    params: { amount: details['amount'] ?? '', year: details['year'] ?? '', left: details['remaining'] ?? '' },
  }),
  BUDGET_BELOW_GRANTED: 'coordination.fritidspas.problem.budgetBelowGranted',
  CHILD_NOT_IN_HOUSEHOLD: 'coordination.fritidspas.problem.child',
  CHILD_TOO_OLD: 'coordination.fritidspas.problem.childAge',
  NOT_A_FRITIDSPAS_OFFER: 'coordination.fritidspas.problem.offer',
  // FollowUpsErrorReason
  CHECK_IN_ALREADY_RECORDED: 'problem.checkInAlreadyRecorded',
  MATCH_NOT_ACTIVE: 'problem.matchNotActive',
  MATCH_NOT_STARTED: 'problem.matchNotStarted',
  // MatchesErrorReason
  LOCK_NOT_IN_RUN: 'matching.problem.lockNotInRun',
  LOCK_NO_PLACE: 'matching.problem.lockNoPlace',
  LOCK_TWICE: 'matching.problem.lockTwice',
  LOCK_BREAKS_RULE: 'matching.problem.lockBreaksRule',
  SLOT_TAKEN: 'problem.slotTaken',
  ALREADY_MATCHED: 'problem.alreadyMatched',
  MATCH_STEP_NOT_POSSIBLE: 'problem.matchStepNotPossible',
  VOLUNTEER_UNAVAILABLE: 'problem.volunteerUnavailable',
  EVENT_HAS_OWN_DATE: 'problem.eventHasOwnDate',
  FIRST_SESSION_AHEAD: 'problem.firstSessionAhead',
  FIRST_SESSION_NOT_CONFIRMED: 'problem.firstSessionNotConfirmed',
  REFERRAL_NOT_ACCEPTED: 'problem.referralNotAccepted',
  REFERRAL_STEP_NOT_POSSIBLE: 'problem.referralStepNotPossible',
  // VolunteersErrorReason
  CHILD_CERTIFICATE_NEEDED: 'coordination.vetting.problem.certificateRequired',
  VOLUNTEER_STEP_NOT_POSSIBLE: 'coordination.vetting.problem.wrongStatus',
  APPLICATION_ALREADY_HANDLED: 'problem.applicationAlreadyHandled',
  LEFT_PROGRAMME: 'problem.leftProgramme',
  NOT_ON_PAUSE: 'problem.notOnPause',
  NO_VOLUNTEER_PROFILE: 'problem.noVolunteerProfile',
};

/**
 * Shared forms' own words for a reason on one field, where the generic text says too little.
 * Fields are written with `[]` for any list index: `contactPeople[].name` covers `contactPeople[2].name`.
 */
export const FIELD_WORDINGS: { readonly [Reason in ErrorReason]?: Readonly<Record<string, TranslationKey>> } = {
  REQUIRED: {
    displayName: 'auth.problem.displayName',
    'contactPeople[].name': 'manage.problem.contactName',
    localityId: 'manage.problem.locality',
    targetGroup: 'offerForm.problem.targetGroup',
  },
  INVALID_FORMAT: {
    'contactPeople[].email': 'auth.problem.email',
    childCertificateDeclaredOn: 'manage.problem.date',
    localityId: 'manage.problem.locality',
  },
  UNKNOWN_REFERENCE: { localityId: 'manage.problem.locality' },
  NOT_ALLOWED_VALUE: { preferredLanguage: 'auth.problem.language' },
  IN_THE_PAST: { startsAt: 'offerForm.problem.startsAtPast' },
  DATE_ORDER: { registrationDeadline: 'offerForm.problem.deadlineOrder' },
  OUT_OF_RANGE: { trialWeeks: 'offerForm.problem.trialWeeks' },
  // A note on a meeting, a check-in or a vetting step.
  SENSITIVE_DATA: { note: 'followUp.problem.sensitive' },
  TOO_LONG: { note: 'followUp.problem.noteLength' },
};

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(REASON_WORDINGS, value);
}

/** The text for the error's reason: the field's own words if there are any; null without a reason. */
export function wordingOf(error: ApiError): Wording | null {
  if (error.reason === null) return null;
  const byField = error.field ? FIELD_WORDINGS[error.reason]?.[error.field.replace(/\[\d+\]/g, '[]')] : undefined;
  const wording = byField ?? REASON_WORDINGS[error.reason];
  if (typeof wording !== 'string') return wording(error);
  return Object.keys(error.details).length > 0 ? { key: wording, params: error.details } : { key: wording };
}
