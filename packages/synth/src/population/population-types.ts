/** The synthetic population: households and persons derived from (seed, household number). */
import type { IsoDate } from '@kokuho/core/common';
import type { Municipality } from './municipalities.ts';
import type { SynthInsurer } from './insurer-catalog.ts';

export type HouseholdType =
  | 'elderlySingle' | 'elderlyCouple' | 'seniorSingle' | 'seniorCouple'
  | 'workingSingle' | 'family' | 'multiGeneration' | 'welfare';

export type Relation = 'householder' | 'spouse' | 'child' | 'parent';
export type SexCode = '1' | '2';

/** A life event of a whole household inside the event window. */
export type HouseholdEvent =
  | { kind: 'moveWithin'; date: IsoDate; to: Municipality }
  | { kind: 'moveOut'; date: IsoDate; to: Municipality }
  | { kind: 'welfareStart'; date: IsoDate };

/** A life event of one person inside the event window. */
export type PersonEvent =
  | { kind: 'death'; date: IsoDate }
  | { kind: 'joinEmployee'; date: IsoDate }
  | { kind: 'leaveEmployee'; date: IsoDate }
  | { kind: 'cardChange'; date: IsoDate; reason: 'householderChange' | 'nameChange' | 'cardReissue' }
  | { kind: 'birth'; date: IsoDate };

export interface Household {
  /** Global household number: district × households per district + index. */
  no: number;
  id: string;
  district: number;
  type: HouseholdType;
  /** Home municipality at the start of the event window. */
  municipality: Municipality;
  outOfPrefecture: boolean;
  /** 国保組合 of the household's working members, when insured by one. */
  union: SynthInsurer | undefined;
  /** Income quantile 0–1 of the household: maps onto 区分ア–オ and the 70+ categories. */
  income: number;
  /** On public assistance (生活保護) from before the window: no insurer, 公費単独 claims. */
  welfare: boolean;
  event: HouseholdEvent | undefined;
  members: Person[];
}

export interface Person {
  no: number;
  id: string;
  household: Household;
  /** 0-based position in the household; the 枝番 is member + 1. */
  member: number;
  relation: Relation;
  familyName: string;
  givenName: string;
  familyKana: string;
  givenKana: string;
  /** Name written in Latin letters (half-width), as on a foreign resident's card. */
  latinName: boolean;
  sex: SexCode;
  birthDate: IsoDate;
  /** 障害認定: insured by 後期 from 65 instead of 75. */
  disabilityCertified: boolean;
  event: PersonEvent | undefined;
}
