import { registerEnumType } from '@nestjs/graphql';

/** Why an association, offer or partnership agreement operation was refused. */
export enum AssociationsErrorReason {
  CVR_INVALID = 'CVR_INVALID',
  CVR_ALREADY_REGISTERED = 'CVR_ALREADY_REGISTERED',
  NOT_REPRESENTATIVE = 'NOT_REPRESENTATIVE',
  INVITATION_ASSOCIATION_GONE = 'INVITATION_ASSOCIATION_GONE',
  OFFER_CLOSED = 'OFFER_CLOSED',
  CLOSE_INSTEAD = 'CLOSE_INSTEAD',
  FRITIDSPAS_AGE_LIMIT = 'FRITIDSPAS_AGE_LIMIT',
  AGREEMENT_OVERLAPS = 'AGREEMENT_OVERLAPS',
  AGREEMENT_ENDED = 'AGREEMENT_ENDED',
  AGREEMENT_END_LATER = 'AGREEMENT_END_LATER',
}

registerEnumType(AssociationsErrorReason, {
  name: 'AssociationsErrorReason',
  description: 'Why an association, offer or partnership agreement operation was refused.',
  valuesMap: {
    CVR_INVALID: { description: 'Not 8 digits that pass the modulus-11 check.' },
    CVR_ALREADY_REGISTERED: {
      description: 'Another association has this CVR number: `details.name`, unless it registered at the same moment.',
    },
    NOT_REPRESENTATIVE: { description: 'The account does not represent this association.' },
    INVITATION_ASSOCIATION_GONE: { description: 'The association of this invitation is no longer registered.' },
    OFFER_CLOSED: { description: 'A closed offer cannot be changed.' },
    CLOSE_INSTEAD: {
      description:
        'A published offer, or one with referrals (`details.referrals`), cannot be deleted: close it (`details.title`).',
    },
    FRITIDSPAS_AGE_LIMIT: { description: 'Fritidspas is for children up to `details.max` years.' },
    AGREEMENT_OVERLAPS: {
      description: 'Overlaps another agreement (`details.startsOn`, `details.endsOn` when it has an end).',
    },
    AGREEMENT_ENDED: { description: 'The agreement has ended and is kept as it was.' },
    AGREEMENT_END_LATER: { description: 'Ending can only shorten an agreement, not extend it past `details.endsOn`.' },
  },
});
