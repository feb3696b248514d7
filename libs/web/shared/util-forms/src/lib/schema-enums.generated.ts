/** Refusals of the access guard and of look-ups by id. */
export type AccessErrorReason =
  /** No such thing, or none the caller may see (code NOT_FOUND). */
  | 'NOT_FOUND'
  /** Sign in first (code UNAUTHENTICATED). */
  | 'NOT_SIGNED_IN'
  /** The signed-in account may not do this (code FORBIDDEN). */
  | 'NO_ACCESS';

/** Why an account operation (sign-up, sign-in, invitation, a link from an email) was refused. */
export type AccountsErrorReason =
  /** Not a valid email address. */
  | 'EMAIL_INVALID'
  /** The address belongs to another municipality’s account. */
  | 'EMAIL_IN_OTHER_MUNICIPALITY'
  /** The email address is not confirmed yet. */
  | 'EMAIL_NOT_CONFIRMED'
  /** The inviter may not invite someone as `details.role`. */
  | 'INVITE_ROLE_NOT_ALLOWED'
  /** This site has no municipality set up yet. */
  | 'NO_MUNICIPALITY'
  /** One of the most common passwords. */
  | 'PASSWORD_COMMON'
  /** The same as the email address. */
  | 'PASSWORD_IS_EMAIL'
  /** One character repeated. */
  | 'PASSWORD_REPEATED'
  /** Longer than `details.max` characters. */
  | 'PASSWORD_TOO_LONG'
  /** Shorter than `details.min` characters. */
  | 'PASSWORD_TOO_SHORT'
  /** The link has expired. */
  | 'TOKEN_EXPIRED'
  /** The link is not valid or has already been used. */
  | 'TOKEN_INVALID'
  /** Too many failed sign-ins; `details.retryAt` (ISO) and `details.retryAfterSeconds`. */
  | 'TOO_MANY_SIGN_INS'
  /** The email or the password is not right. */
  | 'WRONG_CREDENTIALS';

/** From the dates, in Copenhagen: not started yet, running, or past its last day. */
export type AgreementStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'UPCOMING';

export type AssociationKind =
  | 'CULTURE'
  | 'EVENING_SCHOOL'
  | 'LEISURE'
  | 'SOCIAL_ORGANISATION'
  | 'SPORTS'
  | 'VILLAGE_ASSOCIATION';

/** Why an association, offer or partnership agreement operation was refused. */
export type AssociationsErrorReason =
  /** The agreement has ended and is kept as it was. */
  | 'AGREEMENT_ENDED'
  /** Ending can only shorten an agreement, not extend it past `details.endsOn`. */
  | 'AGREEMENT_END_LATER'
  /** Overlaps another agreement (`details.startsOn`, `details.endsOn` when it has an end). */
  | 'AGREEMENT_OVERLAPS'
  /** A published offer, or one with referrals (`details.referrals`), cannot be deleted: close it (`details.title`). */
  | 'CLOSE_INSTEAD'
  /** Another association has this CVR number: `details.name`, unless it registered at the same moment. */
  | 'CVR_ALREADY_REGISTERED'
  /** Not 8 digits that pass the modulus-11 check. */
  | 'CVR_INVALID'
  /** Fritidspas is for children up to `details.max` years. */
  | 'FRITIDSPAS_AGE_LIMIT'
  /** The association of this invitation is no longer registered. */
  | 'INVITATION_ASSOCIATION_GONE'
  /** The account does not represent this association. */
  | 'NOT_REPRESENTATIVE'
  /** A closed offer cannot be changed. */
  | 'OFFER_CLOSED';

/** A weekly slot: a day and a part of the day, e.g. MON_EVENING. */
export type AvailabilitySlot =
  | 'FRI_AFTERNOON'
  | 'FRI_EVENING'
  | 'FRI_MORNING'
  | 'MON_AFTERNOON'
  | 'MON_EVENING'
  | 'MON_MORNING'
  | 'SAT_AFTERNOON'
  | 'SAT_EVENING'
  | 'SAT_MORNING'
  | 'SUN_AFTERNOON'
  | 'SUN_EVENING'
  | 'SUN_MORNING'
  | 'THU_AFTERNOON'
  | 'THU_EVENING'
  | 'THU_MORNING'
  | 'TUE_AFTERNOON'
  | 'TUE_EVENING'
  | 'TUE_MORNING'
  | 'WED_AFTERNOON'
  | 'WED_EVENING'
  | 'WED_MORNING';

/** How a check-in found the match; all but CONTINUES end it (completed, ended early, club member). */
export type CheckInOutcome =
  | 'BECAME_CLUB_MEMBER'
  | 'COMPLETED'
  | 'CONTINUES'
  | 'ENDED';

/** A volunteer’s child certificate (børneattest): only its status is kept, never the certificate. */
export type ChildCertificateStatus =
  | 'CLEAR'
  | 'NEEDS_ASSESSMENT'
  | 'NOT_NEEDED'
  | 'REQUESTED';

/** How much Danish a participant speaks. */
export type DanishLevel =
  | 'ADVANCED'
  | 'BEGINNER'
  | 'INTERMEDIATE'
  | 'NONE';

/** The languages our emails are written in. */
export type EmailLanguage =
  | 'AR'
  | 'DA'
  | 'EN';

/** The kinds of event an association or the municipality runs. */
export type EventKind =
  | 'BUS_TOUR'
  | 'CLOTHES_BAZAAR'
  | 'CULTURE_CAFE'
  | 'FOOD_CAFE'
  | 'OTHER'
  | 'WELCOME_MEETING';

/** Why a follow-up (a check-in, a volunteer’s meeting log) was refused. */
export type FollowUpsErrorReason =
  /** The `details.milestoneMonths`-month check-in is already recorded. */
  | 'CHECK_IN_ALREADY_RECORDED'
  /** Only an active match gets check-ins and meetings; `details.status`. */
  | 'MATCH_NOT_ACTIVE'
  /** The match has not started yet. */
  | 'MATCH_NOT_STARTED';

/** Why a fritidspas grant or budget was refused. Amounts in `details` are kroner, Danish format. */
export type FritidspasErrorReason =
  /** `details.granted` is already granted this year; the budget cannot be lower. */
  | 'BUDGET_BELOW_GRANTED'
  /** The grant (`details.amount`) would exceed the `details.year` budget: `details.remaining` is left. */
  | 'BUDGET_EXCEEDED'
  /** No child with this name in the participant’s household. */
  | 'CHILD_NOT_IN_HOUSEHOLD'
  /** Fritidspas is for children up to `details.max` years. */
  | 'CHILD_TOO_OLD'
  /** The offer is not a fritidspas activity. */
  | 'NOT_A_FRITIDSPAS_OFFER';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

/** A problem with one input value, named by `extensions.field`. */
export type InputErrorReason =
  /** A date before (or after) another one it must follow (or precede). */
  | 'DATE_ORDER'
  /** The same value given twice where each must be different. */
  | 'DUPLICATE'
  /** Holds a character that cannot be stored (NUL, half a surrogate pair). */
  | 'INVALID_CHARACTER'
  /** Not in the expected format (an id, a date, a number, a code). */
  | 'INVALID_FORMAT'
  /** A date that must not be in the future. */
  | 'IN_THE_FUTURE'
  /** A date or time that must be in the future. */
  | 'IN_THE_PAST'
  /** Not one of the allowed values, or not allowed here. */
  | 'NOT_ALLOWED_VALUE'
  /** A number or date outside the allowed range; `details.min`/`details.max` when known. */
  | 'OUT_OF_RANGE'
  /** Empty, but needed. */
  | 'REQUIRED'
  /** Free text that looks like sensitive personal data (CPR numbers, health). */
  | 'SENSITIVE_DATA'
  /** Longer than allowed; `details.max` is the most. */
  | 'TOO_LONG'
  /** Shorter than allowed; `details.min` is the least. */
  | 'TOO_SHORT'
  /** An id or code that names nothing (or nothing the caller may use). */
  | 'UNKNOWN_REFERENCE';

/** How well a person speaks a language. */
export type LanguageLevel =
  | 'BASIC'
  | 'CONVERSATIONAL'
  | 'FLUENT'
  | 'NATIVE';

/** How a match ended, as the coordinator records it with endMatch. */
export type MatchEndOutcome =
  | 'ENDED_AS_PLANNED'
  | 'MOVED_AWAY'
  | 'OTHER'
  | 'PARTICIPANT_STOPPED'
  | 'TRIAL_BECAME_MEMBERSHIP'
  | 'TRIAL_NOT_CONTINUED'
  | 'VOLUNTEER_STOPPED';

export type MatchKind =
  | 'EVENT'
  | 'FRITIDSPAS'
  | 'LEISURE_GUIDE'
  | 'MENTOR'
  | 'PEER_GROUP'
  | 'TRIAL_MEMBERSHIP';

export type MatchStatus =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'APPROVED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'ENDED'
  | 'EXPIRED'
  | 'PROPOSED';

/** Why a matching run, a match’s step or a referral’s step was refused. */
export type MatchesErrorReason =
  /** The participant already has a match of this kind. */
  | 'ALREADY_MATCHED'
  /** An event has its own date; there is no first session to confirm. */
  | 'EVENT_HAS_OWN_DATE'
  /** The first session (`details.firstSessionOn`) is still ahead. */
  | 'FIRST_SESSION_AHEAD'
  /** Confirm the first session before reporting how it went. */
  | 'FIRST_SESSION_NOT_CONFIRMED'
  /** A lock breaks a matching rule. */
  | 'LOCK_BREAKS_RULE'
  /** A locked person is not part of this run (outside the scope, or matched). */
  | 'LOCK_NOT_IN_RUN'
  /** A locked volunteer or offer has no free place for this kind of match. */
  | 'LOCK_NO_PLACE'
  /** A person is locked to two volunteers or offers. */
  | 'LOCK_TWICE'
  /** The match’s status (`details.status`) does not allow this step. */
  | 'MATCH_STEP_NOT_POSSIBLE'
  /** Accept the referral first. */
  | 'REFERRAL_NOT_ACCEPTED'
  /** The referral’s status (`details.status`) does not allow this step. */
  | 'REFERRAL_STEP_NOT_POSSIBLE'
  /** The volunteer or offer has no free capacity left. */
  | 'SLOT_TAKEN'
  /** The volunteer is on a pause or has left: run matching again. */
  | 'VOLUNTEER_UNAVAILABLE';

/** What a participant would like help with. */
export type Need =
  | 'DANISH_PRACTICE'
  | 'EVERYDAY_LIFE'
  | 'HOMEWORK_HELP'
  | 'JOB_SEEKING'
  | 'LEISURE';

export type OfferKind =
  | 'EVENT'
  | 'FRITIDSPAS'
  | 'PEER_GROUP'
  | 'TRIAL_MEMBERSHIP';

export type OfferStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

/** How a referral went, as the association reports it. Trial memberships, fritidspas and groups: BECAME_MEMBER, STOPPED or DID_NOT_SHOW. Events: ATTENDED or DID_NOT_SHOW. */
export type ReferralOutcome =
  | 'ATTENDED'
  | 'BECAME_MEMBER'
  | 'DID_NOT_SHOW'
  | 'STOPPED';

/** OPEN: approved, accepted or active. CLOSED: completed, ended, declined or expired. */
export type ReferralStage =
  | 'CLOSED'
  | 'OPEN';

/** Problems with a request as a whole, and failures on our side. */
export type RequestErrorReason =
  /** The request body is not valid JSON. */
  | 'BODY_NOT_JSON'
  /** The request body is over the size limit. */
  | 'BODY_TOO_LARGE'
  /** The request body could not be read (charset, encoding). */
  | 'BODY_UNREADABLE'
  /** Something went wrong on our side (code INTERNAL_SERVER_ERROR); quote `requestId`. */
  | 'INTERNAL'
  /** The request was refused as it is (a value of the wrong type, a refused operation). */
  | 'INVALID_REQUEST'
  /** The GraphQL document has too many tokens; `details.max` is the most. */
  | 'QUERY_TOO_LONG'
  /** Too many requests; try again later. */
  | 'RATE_LIMITED';

export type Role =
  | 'ADMINISTRATOR'
  | 'ASSOCIATION_REPRESENTATIVE'
  | 'COORDINATOR'
  | 'VOLUNTEER';

export type TextDirection =
  | 'LTR'
  | 'RTL';

/** What a volunteer signs up as. */
export type VolunteerRole =
  | 'GROUP_FACILITATOR'
  | 'LEISURE_GUIDE'
  | 'MENTOR';

/** DRAFT (wizard not submitted) → APPLIED → SCREENED → APPROVED, or REJECTED with a reason. */
export type VolunteerStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SCREENED';

/** Why a volunteer’s application, vetting step or pause was refused. */
export type VolunteersErrorReason =
  /** The application has been handled; the coordinator can change it. */
  | 'APPLICATION_ALREADY_HANDLED'
  /** The volunteer will meet children under 15: a clear child certificate comes before approval. */
  | 'CHILD_CERTIFICATE_NEEDED'
  /** The volunteer has left the programme. */
  | 'LEFT_PROGRAMME'
  /** The volunteer is not on a pause. */
  | 'NOT_ON_PAUSE'
  /** The account has no volunteer profile yet. */
  | 'NO_VOLUNTEER_PROFILE'
  /** The volunteer’s status (`details.status`) does not allow this step. */
  | 'VOLUNTEER_STEP_NOT_POSSIBLE';
