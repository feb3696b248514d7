import type { AssociationEntity } from './association.entity';
import type {
  AssociationKindModel,
  AssociationModel,
  AssociationProfileModel,
  OfferKindModel,
  OfferModel,
  OfferStatusModel,
} from './dto/catalogue.models';
import type { OfferEntity } from './offer.entity';

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} was not loaded`);
  return value;
}

/** Entity → public GraphQL view: only the fields listed here leave the API. */
export function toAssociationModel(association: AssociationEntity): AssociationModel {
  return {
    id: association.id,
    name: association.name,
    kind: association.kind as AssociationKindModel,
    locality: required(association.locality, 'association.locality'),
    description: association.description,
  };
}

export function toAssociationProfileModel(association: AssociationEntity): AssociationProfileModel {
  return {
    ...toAssociationModel(association),
    cvr: association.cvr,
    address: association.address,
    contactPeople: association.contactPeople,
    childCertificateDeclaredOn: association.childCertificateDeclaredOn,
  };
}

export function toOfferModel(offer: OfferEntity): OfferModel {
  return {
    id: offer.id,
    kind: offer.kind as OfferKindModel,
    title: offer.title,
    description: offer.description,
    association: toAssociationModel(required(offer.association, 'offer.association')),
    activity: offer.activity ?? null,
    locality: required(offer.locality, 'offer.locality'),
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    womenOnly: offer.womenOnly,
    languageCodes: offer.languageCodes,
    capacity: offer.capacity,
    startsAt: offer.startsAt,
    status: offer.status as OfferStatusModel,
    schedule: offer.schedule,
    place: offer.place,
    trialWeeks: offer.trialWeeks,
    seasonFeeOre: offer.seasonFeeOre,
    equipmentCostOre: offer.equipmentCostOre,
    targetGroup: offer.targetGroup,
    // Only events have a kind; offers of other kinds were once saved with any text there.
    eventKind: offer.kind === 'event' ? offer.eventKind : null,
    registrationDeadline: offer.registrationDeadline,
  };
}
